#include "gui/pages/syncrangeeditor.h"

#include "gui/common/textformat.h"

#include <QStyle>
#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bcs {

namespace {
// ballchasing.com opened in 2015; nothing can be older.
const QDate kFirstPossibleDay(2015, 7, 1);

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDateRange(kFirstPossibleDay, QDate::currentDate().addYears(1));
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}
} // namespace

SyncRangeEditor::SyncRangeEditor(QWidget *parent)
    : QWidget(parent)
    , m_hasFrom(new QCheckBox(tr("&From"), this))
    , m_from(makeDateEdit(this))
    , m_hasUntil(new QCheckBox(tr("&Until"), this))
    , m_until(makeDateEdit(this))
    , m_season(new QPushButton(tr("This &season"), this))
{
    m_hasFrom->setToolTip(tr("Leave unticked to sync from your first replay"));
    m_hasUntil->setToolTip(tr("Leave unticked to sync up to now"));
    m_from->setAccessibleName(tr("From date"));
    m_until->setAccessibleName(tr("Until date"));
    auto *week = new QPushButton(tr("Last &7 days"), this);
    auto *month = new QPushButton(tr("Last &30 days"), this);
    auto *everything = new QPushButton(tr("&Everything"), this);
    m_season->setEnabled(false);
    m_season->setToolTip(tr("Known after a first sync"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_hasFrom);
    dates->addWidget(m_from);
    dates->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    dates->addWidget(m_hasUntil);
    dates->addWidget(m_until);
    dates->addStretch();
    auto *presets = new QHBoxLayout;
    for (QPushButton *button : {week, month, m_season, everything})
        presets->addWidget(button);
    presets->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(dates);
    layout->addLayout(presets);

    connect(week, &QPushButton::clicked, this,
            [this] { applyPreset(QDate::currentDate().addDays(-6)); });
    connect(month, &QPushButton::clicked, this,
            [this] { applyPreset(QDate::currentDate().addDays(-29)); });
    connect(m_season, &QPushButton::clicked, this, [this] { applyPreset(m_seasonStart); });
    connect(everything, &QPushButton::clicked, this, [this] { setRange({}, {}); });
    for (QCheckBox *box : {m_hasFrom, m_hasUntil})
        connect(box, &QCheckBox::toggled, this, [this] {
            m_from->setEnabled(m_hasFrom->isChecked());
            m_until->setEnabled(m_hasUntil->isChecked());
            Q_EMIT rangeChanged();
        });
    for (QDateEdit *edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            // Keep the range the right way round whichever end moved.
            if (m_hasFrom->isChecked() && m_hasUntil->isChecked() &&
                m_from->date() > m_until->date()) {
                QDateEdit *other = sender() == m_from ? m_until : m_from;
                const QSignalBlocker block(other);
                other->setDate(qobject_cast<QDateEdit *>(sender())->date());
            }
            Q_EMIT rangeChanged();
        });
    setRange({}, {});
}

std::optional<QDate> SyncRangeEditor::from() const
{
    return m_hasFrom->isChecked() ? std::optional<QDate>(m_from->date()) : std::nullopt;
}

std::optional<QDate> SyncRangeEditor::until() const
{
    return m_hasUntil->isChecked() ? std::optional<QDate>(m_until->date()) : std::nullopt;
}

void SyncRangeEditor::setRange(std::optional<QDate> from, std::optional<QDate> until)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_hasFrom), QSignalBlocker(m_from),
                                           QSignalBlocker(m_hasUntil), QSignalBlocker(m_until)};
        m_hasFrom->setChecked(from.has_value());
        m_hasUntil->setChecked(until.has_value());
        if (from)
            m_from->setDate(*from);
        if (until)
            m_until->setDate(*until);
        m_from->setEnabled(from.has_value());
        m_until->setEnabled(until.has_value());
    }
    Q_EMIT rangeChanged();
}

void SyncRangeEditor::setSeasonStart(std::optional<QDate> start)
{
    m_seasonStart = start;
    m_season->setEnabled(start.has_value());
    m_season->setToolTip(start ? tr("Since %1, the first game of the newest season you played")
                                     .arg(text::shortDate(*start))
                               : tr("Known after a first sync"));
}

void SyncRangeEditor::applyPreset(std::optional<QDate> from)
{
    setRange(from, {});
}

QString SyncRangeEditor::describe() const
{
    const auto f = from();
    const auto u = until();
    if (!f && !u)
        return tr("all your replays");
    if (!u)
        return tr("your replays since %1").arg(text::shortDate(*f));
    if (!f)
        return tr("your replays until %1").arg(text::shortDate(*u));
    return tr("your replays from %1 to %2").arg(text::shortDate(*f), text::shortDate(*u));
}

} // namespace bcs
