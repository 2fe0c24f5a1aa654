#pragma once

#include "ListDefinition.h"

#include <QCoreApplication>
#include <QStringList>

namespace isms::core {

// Every record list the program shows, by key. Each starts with the record id, which also keeps
// the SQL order stable.
class ListCatalog {
    Q_DECLARE_TR_FUNCTIONS(ListCatalog)
public:
    static QStringList keys();
    // Throws Error(NotFound) for an unknown key.
    static ListDefinition definition(const QString& key);
};

}  // namespace isms::core
