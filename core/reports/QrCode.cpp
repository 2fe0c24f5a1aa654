#include "QrCode.h"

#include <QPainter>
#include <QRectF>
#include <qrencode.h>

namespace isms::reports {

QrCode::QrCode(const QByteArray& payload) {
    QRcode* code = QRcode_encodeData(int(payload.size()), reinterpret_cast<const unsigned char*>(payload.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code) return;
    m_size = code->width;
    m_modules.reserve(m_size * m_size);
    // libqrencode: the lowest bit of each byte says whether the module is dark.
    for (int i = 0; i < m_size * m_size; ++i) m_modules << bool(code->data[i] & 1);
    QRcode_free(code);
}

void QrCode::paint(QPainter& painter, const QRectF& rect) const {
    if (m_size == 0) return;
    const int quiet = 4;  // modules of white around the code, as the standard asks
    const qreal module = rect.width() / (m_size + 2 * quiet);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(rect);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (dark(x, y)) {
                painter.drawRect(QRectF(rect.left() + (x + quiet) * module, rect.top() + (y + quiet) * module, module, module));
            }
        }
    }
    painter.restore();
}

}  // namespace isms::reports
