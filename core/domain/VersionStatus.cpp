#include "VersionStatus.h"

namespace isms::core {

namespace {
const char* const kKeys[] = {"draft", "in_review", "approved", "published", "superseded", "withdrawn"};
}

QString VersionStatus::key(Value v) { return QString::fromLatin1(kKeys[v]); }

bool VersionStatus::fromKey(const QString& key, Value* out) {
    for (int i = 0; i <= Withdrawn; ++i) {
        if (key == QLatin1String(kKeys[i])) {
            *out = static_cast<Value>(i);
            return true;
        }
    }
    return false;
}

QString VersionStatus::label(Value v) {
    switch (v) {
    case Draft: return tr("Draft");
    case InReview: return tr("In review");
    case Approved: return tr("Approved");
    case Published: return tr("Published");
    case Superseded: return tr("Superseded");
    case Withdrawn: return tr("Withdrawn");
    }
    return {};
}

bool VersionStatus::canTransition(Value from, Value to) {
    switch (from) {
    case Draft: return to == InReview || to == Withdrawn;
    case InReview: return to == Approved || to == Draft || to == Withdrawn;
    case Approved: return to == Published;
    case Published:
    case Superseded:
    case Withdrawn: return false;
    }
    return false;
}

bool VersionStatus::isReadOnly(Value v) {
    return v == Approved || v == Published || v == Superseded;
}

}  // namespace isms::core
