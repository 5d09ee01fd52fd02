#include "stats/rounding.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace bcs {

double roundToDecimals(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    const double fraction = scaled - std::floor(scaled);
    // Far from a half, the scaled product's own rounding cannot change the answer, and integer /
    // power of ten is the double nearest that decimal, as Python's result is.
    if (std::abs(fraction - 0.5) > 1e-6 && std::abs(scaled) < 1e15)
        return std::round(scaled) / scale;
    // Near a half: printf rounds the exact binary value, halves to even, as Python does.
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return std::strtod(text, nullptr);
}

} // namespace bcs
