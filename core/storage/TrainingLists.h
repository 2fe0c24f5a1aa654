#pragma once

#include "ListDefinition.h"

#include <QCoreApplication>
#include <optional>

namespace isms::core {

// The lists of the training register (教育訓練, objective 3): sessions, who attended them, the
// hours required by responsibility level, and each person's standing in each year — the last
// read with TrainingStanding, as objective 3's computed value reads it.
class TrainingLists {
    Q_DECLARE_TR_FUNCTIONS(TrainingLists)
public:
    // Empty for a key that is not one of these.
    static std::optional<ListDefinition> definition(const QString& key);
};

}  // namespace isms::core
