#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace isms::core {

// 安全等級 of a document, in the order the title block lists them.
class Classification {
    Q_DECLARE_TR_FUNCTIONS(Classification)
public:
    enum Value { Public, Internal, Sensitive, Confidential };

    static QString key(Value v);  // stored form: "public", "internal", …
    static bool fromKey(const QString& key, Value* out);
    static QString label(Value v);         // translated, for the UI
    static QString documentLabel(Value v); // as printed on the document: 公開資訊, 內部使用, …
    // Matches a title-block word (公開資訊, 內部使用, 敏感資訊, 機密資訊) to a value.
    static bool fromDocumentLabel(const QString& text, Value* out);
    static QList<Value> all();
};

}  // namespace isms::core
