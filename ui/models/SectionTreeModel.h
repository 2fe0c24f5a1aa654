#pragma once

#include "domain/NumberingScheme.h"
#include "domain/PolicySection.h"

#include <QAbstractItemModel>

namespace isms::ui {

// A version's section tree for a QTreeView: each node shows its derived number and heading.
class SectionTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit SectionTreeModel(QObject* parent = nullptr);

    void setSections(std::vector<core::PolicySection> sections, core::NumberingScheme numbering = {});
    // The section behind an index, with its depth and position (for its number).
    const core::PolicySection* section(const QModelIndex& index) const;
    QString number(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 sectionId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Flattened nodes; the tree model's internal id is the node's index here.
    struct Node {
        const core::PolicySection* section;
        int parent;  // -1 for top level
        int row;
        int depth;
        std::vector<int> children;
    };
    void flatten(const std::vector<core::PolicySection>& sections, int parent, int depth);

    std::vector<core::PolicySection> m_sections;
    core::NumberingScheme m_numbering;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

}  // namespace isms::ui
