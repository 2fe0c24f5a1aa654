#pragma once

#include <QByteArray>
#include <QList>

class QPainter;
class QRectF;

namespace isms::reports {

// A QR code (libqrencode, error correction level M) as a square of modules, painted as vector
// squares so it stays sharp on any printer.
class QrCode {
public:
    explicit QrCode(const QByteArray& payload);

    int size() const { return m_size; }  // modules per side, 0 if the payload did not fit
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Paints the code with its quiet zone inside rect (a square).
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

}  // namespace isms::reports
