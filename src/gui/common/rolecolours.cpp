#include "gui/common/rolecolours.h"

#include <array>

namespace bcs::colours {

QColor me()
{
    return QColor(0x00, 0x72, 0xB2);
}

QColor teammate(int index)
{
    static const std::array<QColor, 4> named{QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                             QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00)};
    return named[size_t(std::abs(index)) % named.size()];
}

QColor anonTeammate()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor opponents()
{
    return QColor(0xD5, 0x5E, 0x00);
}

QColor tint(const QColor &colour, const QColor &base, double opacity)
{
    const auto mix = [opacity](int over, int under) {
        return int(over * opacity + under * (1.0 - opacity) + 0.5);
    };
    return QColor(mix(colour.red(), base.red()), mix(colour.green(), base.green()),
                  mix(colour.blue(), base.blue()));
}

} // namespace bcs::colours
