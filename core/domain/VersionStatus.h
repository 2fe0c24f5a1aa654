#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// What document control did to a policy version: draft → in review → approved → published; a
// draft or in-review version can be withdrawn. Whether a published version is in force, still
// to take effect or superseded depends on the day: VersionStanding. (Superseded is only read,
// from databases of an older program.)
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
