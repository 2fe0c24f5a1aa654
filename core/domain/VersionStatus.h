#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// Life of a policy version: draft → in review → approved → published → superseded; a draft or
// in-review version can be withdrawn.
class VersionStatus {
    Q_DECLARE_TR_FUNCTIONS(VersionStatus)
public:
    enum Value { Draft, InReview, Approved, Published, Superseded, Withdrawn };

    static QString key(Value v);               // stored form: "draft", "in_review", …
    static bool fromKey(const QString& key, Value* out);
    static QString label(Value v);             // translated
    static bool canTransition(Value from, Value to);
    // Approved, published and superseded versions are the record of what was decided.
    static bool isReadOnly(Value v);
};

}  // namespace isms::core
