// isms_import_fuzz [RUNS] [SEED]: the policy readers against mutated inputs. Each run takes a
// fixture of tests/fixtures/policies (or the seed) as text, or as the .docx or .odt the program exports,
// mutates it (bytes flipped, inserted, deleted; lines repeated; numbers, colons, page breaks and
// XML cut into it; for a .docx its XML parts as well as the zip itself), and reads it. A refusal
// (core::Error) is an answer; anything else thrown, a crash, or one input read for longer than
// the watchdog allows, is a failure (exit 1). Not part of the timed suite: run it by hand or in a
// nightly job; docs/performance.md records a run.
#include "PolicyCopyReport.h"
#include "PolicyDocxExport.h"
#include "PolicyOdtExport.h"
#include "domain/Error.h"
#include "import/PolicyTextParser.h"
#include "import/ZipArchive.h"
#include "services/PolicyImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace isms;

namespace {

std::atomic<qint64> g_started{0};  // when the input being read was started (ms since epoch), 0: none
std::atomic<bool> g_done{false};
QByteArray g_current;

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

const QList<QByteArray>& insertions() {
    static const QList<QByteArray> list{"壹、", "一、", "(一)", "1.", "1.1 ", "第一條 ", "● ", "- 1. ", "：", ":",
                                        "\f", "\n\n\n", "目錄\n", "修訂紀錄\n", "版本編號：", "生效日期：114年13月45日",
                                        "安全等級：■", "\xE2\x80\xAE", "\xEF\xBB\xBF", "\0", "<w:p>", "</w:t>",
                                        "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"1\"/></w:numPr>",
                                        "w:val=\"%9%9%9\"", "&#0;", "\xA4\x40", "\xFF"};
    return list;
}

QByteArray mutate(QByteArray bytes, QRandomGenerator& random) {
    const int steps = 1 + random.bounded(8);
    for (int s = 0; s < steps && !bytes.isEmpty(); ++s) {
        const qsizetype at = random.bounded(bytes.size());
        switch (random.bounded(6)) {
        case 0: bytes[at] = char(bytes[at] ^ (1 << random.bounded(8))); break;
        case 1: bytes.insert(at, insertions().at(random.bounded(insertions().size()))); break;
        case 2: bytes.remove(at, 1 + random.bounded(qMin<qsizetype>(64, bytes.size() - at))); break;
        case 3: {  // a stretch repeated
            const qsizetype length = qMin<qsizetype>(1 + random.bounded(400), bytes.size() - at);
            bytes.insert(at, bytes.mid(at, length).repeated(1 + random.bounded(20)));
            break;
        }
        case 4: bytes.truncate(at); break;
        default: bytes[at] = char(random.bounded(256)); break;
        }
    }
    return bytes;
}

// A .docx or .odt whose parts are mutated, packed again: the XML readers see the damage, not the zip.
QByteArray mutatedDocument(const QString& file, QRandomGenerator& random) {
    const QStringList names = file.endsWith(QStringLiteral(".odt"))
                                  ? QStringList{QStringLiteral("mimetype"), QStringLiteral("content.xml"), QStringLiteral("styles.xml")}
                                  : QStringList{QStringLiteral("[Content_Types].xml"), QStringLiteral("word/document.xml"),
                                                QStringLiteral("word/numbering.xml"), QStringLiteral("word/styles.xml")};
    const QHash<QString, QByteArray> parts = core::ZipArchive::read(file, names);
    QList<std::pair<QString, QByteArray>> entries;
    for (const QString& name : names) {
        QByteArray bytes = parts.value(name);
        if (name != names.first() && random.bounded(2) == 0) bytes = mutate(bytes, random);
        entries.append({name, bytes});
    }
    return core::ZipArchive::write(entries);
}

}  // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 3000;
    const quint32 seed = argc > 2 ? QByteArray(argv[2]).toUInt() : 1;
    QRandomGenerator random(seed);
    QTemporaryDir dir;

    QStringList texts;
    for (const QString& name : QDir(QStringLiteral(ISMS_FIXTURE_DIR "/policies")).entryList({QStringLiteral("*.txt")}))
        texts << QStringLiteral(ISMS_FIXTURE_DIR "/policies/") + name;
    texts << QStringLiteral(ISMS_SOURCE_DIR "/resources/seed/ISMS-01-01-policy-v2.0.txt");
    QStringList documents;
    for (const QString& text : texts) {
        QFile f(text);
        f.open(QIODevice::ReadOnly);
        reports::PolicyCopyReport::Input input;
        input.content = core::PolicyTextParser().parse(f.readAll());
        const QString docx = dir.filePath(QFileInfo(text).completeBaseName() + QStringLiteral(".docx"));
        reports::PolicyDocxExport::write(input, docx);
        documents << docx;
        const QString odt = dir.filePath(QFileInfo(text).completeBaseName() + QStringLiteral(".odt"));
        reports::PolicyOdtExport::write(input, odt);
        documents << odt;
    }

    // One input may take long on a slow machine, never for ever.
    constexpr qint64 kHang = 10000;
    std::thread watchdog([] {
        while (!g_done) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            const qint64 started = g_started;
            if (started != 0 && now() - started > kHang) {
                QFile keep(QDir::temp().filePath(QStringLiteral("isms-import-fuzz-hang.bin")));
                if (keep.open(QIODevice::WriteOnly)) keep.write(g_current);
                std::fprintf(stderr, "HANG: one input read for more than %lld ms (kept as %s)\n", kHang,
                             qPrintable(keep.fileName()));
                std::_Exit(1);
            }
        }
    });

    int refused = 0;
    int accepted = 0;
    qint64 slowest = 0;
    const QString input = dir.filePath(QStringLiteral("input"));
    for (int run = 0; run < runs; ++run) {
        const bool word = random.bounded(2) == 0;
        const QString source = word ? documents.at(random.bounded(documents.size())) : texts.at(random.bounded(texts.size()));
        QFile original(source);
        original.open(QIODevice::ReadOnly);
        // A .docx: mostly its XML damaged, sometimes the zip itself.
        const QByteArray bytes = word && random.bounded(4) != 0 ? mutatedDocument(source, random) : mutate(original.readAll(), random);
        const QString path = input + (word ? QLatin1Char('.') + QFileInfo(source).suffix() : QStringLiteral(".txt"));
        QFile out(path);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(bytes);
        out.close();
        g_current = bytes;
        QElapsedTimer timer;
        timer.start();
        g_started = now();
        try {
            core::PolicyImporter::readFile(path, nullptr);
            ++accepted;
        } catch (const core::Error&) {
            ++refused;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "run %d: unexpected exception: %s\n", run, e.what());
            g_done = true;
            watchdog.join();
            return 1;
        }
        g_started = 0;
        slowest = qMax(slowest, timer.elapsed());
    }
    g_done = true;
    watchdog.join();
    std::printf("%d runs (seed %u): %d read, %d refused with a reason, 0 crashes, 0 hangs; slowest input %lld ms\n",
                runs, seed, accepted, refused, slowest);
    return 0;
}
