#include "SectionTreeModel.h"

#include "domain/NumberingScheme.h"

namespace isms::ui {

SectionTreeModel::SectionTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void SectionTreeModel::setSections(std::vector<core::PolicySection> sections, core::NumberingScheme numbering) {
    beginResetModel();
    m_sections = std::move(sections);
    m_numbering = std::move(numbering);
    m_nodes.clear();
    m_roots.clear();
    flatten(m_sections, -1, 0);
    endResetModel();
}

void SectionTreeModel::flatten(const std::vector<core::PolicySection>& sections, int parent, int depth) {
    int row = 0;
    for (const core::PolicySection& s : sections) {
        m_nodes.push_back({&s, parent, row++, depth, {}});
        const int index = int(m_nodes.size()) - 1;
        (parent < 0 ? m_roots : m_nodes[parent].children).push_back(index);
        flatten(s.children, index, depth + 1);
    }
}

const core::PolicySection* SectionTreeModel::section(const QModelIndex& index) const {
    return index.isValid() ? m_nodes[index.internalId()].section : nullptr;
}

QString SectionTreeModel::number(const QModelIndex& index) const {
    if (!index.isValid()) return {};
    QList<int> path;
    for (int n = int(index.internalId()); n >= 0; n = m_nodes[size_t(n)].parent) path.prepend(m_nodes[size_t(n)].row);
    return m_numbering.label(m_numbering.numbersAt(m_sections, path));
}

QModelIndex SectionTreeModel::indexOf(qint64 sectionId) const {
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].section->id == sectionId) return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex& parent) const {
    const std::vector<int>& list = parent.isValid() ? m_nodes[parent.internalId()].children : m_roots;
    if (row < 0 || row >= int(list.size()) || column != 0) return {};
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex SectionTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    const int parent = m_nodes[child.internalId()].parent;
    if (parent < 0) return {};
    return createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int SectionTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0) return 0;
    return int(parent.isValid() ? m_nodes[parent.internalId()].children.size() : m_roots.size());
}

int SectionTreeModel::columnCount(const QModelIndex&) const { return 1; }

QVariant SectionTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const core::PolicySection* s = section(index);
    if (role == Qt::DisplayRole) return number(index) + s->heading;
    if (role == Qt::ToolTipRole) return s->heading;
    return {};
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole) return tr("Sections");
    return {};
}

}  // namespace isms::ui
