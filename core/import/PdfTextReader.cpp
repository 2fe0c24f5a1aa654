#include "PdfTextReader.h"

#include "domain/Error.h"

namespace isms::core {

namespace {
PdfTextReader::Reader& installed() {
    static PdfTextReader::Reader reader;
    return reader;
}
}  // namespace

void PdfTextReader::install(Reader reader) { installed() = std::move(reader); }

QString PdfTextReader::text(const QString& file) {
    if (!installed()) throw Error(Error::Kind::Invalid, tr("This program was built without reading PDF files."));
    return installed()(file);
}

}  // namespace isms::core
