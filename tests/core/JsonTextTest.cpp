// JsonText writes what Qt's compact JSON writes, byte for byte: the check of a file compares the
// records with the trail's images (written by Qt) through it, so a difference here would be a
// record reported changed that is not, or worse.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QVariant>
#include <cmath>
#include <cstring>
#include <limits>

#include "storage/JsonText.h"

using isms::core::JsonText;

namespace {

// Qt's writing of one value, as AuditLog::toJson and entryHash write it (QVariant in, compact out).
std::string qtJson(const QVariant& value) {
    const QByteArray array =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString();
}

std::string ours(const QString& text) {
    std::string out;
    JsonText::appendString(out, text.toUtf8().toStdString());
    return out;
}

}  // namespace

TEST(JsonText, EveryAsciiCharacterIsWrittenAsQtWritesIt) {
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString text = QStringLiteral("a") + QChar(c) + QStringLiteral("b");
        EXPECT_EQ(ours(text), qtJson(text)) << "character " << int(c);
    }
}

TEST(JsonText, TextInAnyScriptIsWrittenAsQtWritesIt) {
    const QStringList samples{QString(),
                              QStringLiteral("資通安全政策"),
                              QStringLiteral("引號「」\"與\\反斜線"),
                              QString::fromUtf8("\u2028\u2029\uFEFF\uFFFD\u00A0\u007F"),
                              QString::fromUtf8("\U0001F600 emoji, \U00020000 ext-B"),
                              QStringLiteral("tab\tnew\nline\r\f\b")};
    for (const QString& s : samples) EXPECT_EQ(ours(s), qtJson(s)) << s.toStdString();
    // Random text across the planes, control characters included.
    QRandomGenerator random(23);
    for (int n = 0; n < 2000; ++n) {
        QString s;
        const int length = random.bounded(1, 40);
        for (int i = 0; i < length; ++i) {
            const char32_t ranges[][2] = {
                {0, 0x80}, {0x80, 0x800}, {0x800, 0xD800}, {0xE000, 0x10000}, {0x10000, 0x110000}};
            const auto& r = ranges[random.bounded(5)];
            s += QString::fromUcs4(
                std::array<char32_t, 1>{char32_t(random.bounded(r[0], r[1]))}.data(), 1);
        }
        ASSERT_EQ(ours(s), qtJson(s)) << s.toStdString();
    }
}

TEST(JsonText, IntegersAreWrittenAsQtWritesThem) {
    const qint64 samples[] = {0,
                              1,
                              -1,
                              42,
                              9007199254740993LL,
                              -9007199254740993LL,
                              std::numeric_limits<qint64>::max(),
                              std::numeric_limits<qint64>::min()};
    for (const qint64 v : samples) {
        std::string out;
        JsonText::appendInteger(out, v);
        EXPECT_EQ(out, qtJson(QVariant(v))) << v;
    }
}

TEST(JsonText, DoublesAreWrittenAsQtWritesThem) {
    std::vector<double> samples{0.0,
                                -0.0,
                                0.1,
                                99.82,
                                2.0,
                                -1.5,
                                1e21,
                                1e20,
                                1e-7,
                                1e16,
                                5e-324,
                                2.2250738585072014e-308,
                                std::numeric_limits<double>::max(),
                                -std::numeric_limits<double>::max(),
                                9007199254740993.0,
                                123456789012345678.0,
                                9223372036854775808.0,
                                -9223372036854775808.0,
                                9.2233720368547748e18,
                                0.30000000000000004,
                                100.0 / 3.0,
                                std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
    // Any bit pattern, and the percentages measurements hold.
    QRandomGenerator random(23);
    for (int n = 0; n < 20000; ++n) {
        const quint64 bits = random.generate64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        samples.push_back(d);
        samples.push_back(random.bounded(10000) / 100.0);
    }
    for (const double v : samples) {
        std::string out;
        JsonText::appendDouble(out, v);
        ASSERT_EQ(out, qtJson(QVariant(v))) << v;
    }
}
