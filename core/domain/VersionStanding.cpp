#include "VersionStanding.h"

#include "i18n/Language.h"

#include <algorithm>

namespace isms::core {

namespace {
// A superseded status stored by an older program is a published version like any other: the
// day decides whether it is still in force.
bool isPublishedStatus(VersionStatus::Value s) { return s == VersionStatus::Published || s == VersionStatus::Superseded; }
}  // namespace

bool VersionStanding::published() const { return isPublishedStatus(version.status); }

QString VersionStanding::label() const {
    switch (kind) {
    case Draft: return VersionStatus::label(VersionStatus::Draft);
    case InReview: return VersionStatus::label(VersionStatus::InReview);
    case Withdrawn: return VersionStatus::label(VersionStatus::Withdrawn);
    case Approved: return tr("Approved, not yet published");
    case Scheduled:
        return published() ? tr("Published, takes effect on %1").arg(Language::longDate(since))
                           : tr("Approved, takes effect on %1 once published").arg(Language::longDate(since));
    case InForce: return tr("Current");
    case Superseded: return tr("Superseded by %1 on %2").arg(successor, Language::longDate(since));
    }
    return {};
}

QList<VersionStanding> VersionStanding::of(const QList<VersionSummary>& versions, const QDate& day) {
    QList<VersionStanding> out;
    QList<int> effective;  // published versions whose effective date has come, oldest first
    for (const VersionSummary& v : versions) {
        VersionStanding s;
        s.version = v;
        switch (v.status) {
        case VersionStatus::Draft: s.kind = Draft; break;
        case VersionStatus::InReview: s.kind = InReview; break;
        case VersionStatus::Withdrawn: s.kind = Withdrawn; break;
        case VersionStatus::Approved:
        case VersionStatus::Published:
        case VersionStatus::Superseded:
            if (!v.effectiveDate.isValid() || v.effectiveDate > day) {
                s.kind = Scheduled;
                s.since = v.effectiveDate;
            } else if (v.status == VersionStatus::Approved) {
                s.kind = Approved;
            } else {
                s.kind = Superseded;  // until it turns out to be the newest in effect
                effective << int(out.size());
            }
            break;
        }
        out << s;
    }
    // Same effective date: the later version (higher id) wins, as it was decided later.
    std::sort(effective.begin(), effective.end(), [&](int a, int b) {
        const VersionSummary& x = out[a].version;
        const VersionSummary& y = out[b].version;
        return std::pair(x.effectiveDate, x.id) < std::pair(y.effectiveDate, y.id);
    });
    for (int i = 0; i + 1 < effective.size(); ++i) {
        VersionStanding& s = out[effective[i]];
        const VersionSummary& next = out[effective[i + 1]].version;
        s.successor = next.version;
        s.since = next.effectiveDate;
    }
    if (!effective.isEmpty()) out[effective.last()].kind = InForce;
    return out;
}

const VersionStanding* VersionStanding::inForce(const QList<VersionStanding>& standings) {
    for (const VersionStanding& s : standings) {
        if (s.kind == InForce) return &s;
    }
    return nullptr;
}

const VersionStanding* VersionStanding::nextScheduled(const QList<VersionStanding>& standings) {
    const VersionStanding* best = nullptr;
    for (const VersionStanding& s : standings) {
        if (s.kind == Scheduled && (!best || std::pair(s.since, s.version.id) < std::pair(best->since, best->version.id))) best = &s;
    }
    return best;
}

}  // namespace isms::core
