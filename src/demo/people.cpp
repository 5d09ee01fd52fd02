#include "demo/people.h"

#include "demo/generatorparts.h"
#include "demo/matchhistory.h"

#include <QHashFunctions>
#include <iterator>

namespace bcs::demo {

namespace {

// Names of real players in the samples.
const char *const kStrangerNames[] = {"ExcioZ",
                                      "Quickechaos",
                                      "Franini",
                                      "XxUwuSwagOwOxX",
                                      "Ke1ma",
                                      "Nova",
                                      "0",
                                      "al dente2245",
                                      "QuixMtic",
                                      "guysteven",
                                      "Maurice6008",
                                      "ocelot2342",
                                      "Bananix",
                                      "Karamu",
                                      "LanchrY-",
                                      "FRMA00",
                                      "b_flowers-93",
                                      "dz.leon",
                                      "idemooir Berd",
                                      "Benjyprice7",
                                      "xxDI3GOxx6332",
                                      "LucioG4M3R",
                                      "Kromlek",
                                      "Maboroshi^-^"};
constexpr int kNamedStrangers = int(std::size(kStrangerNames));
constexpr int kMaskedStrangers = 3;
const char *const kStrangerPlatforms[] = {"steam", "epic", "xbox", "ps4", "epic", "steam"};
const char *const kBotNames[] = {"Saltie", "Centice", "Caveman", "Sticks", "Foamer", "Rainmaker"};

Person person(const char *name, const char *platform, const char *id, const char *truth)
{
    return {QString::fromUtf8(name), QLatin1String(platform), QLatin1String(id),
            QLatin1String(truth)};
}

} // namespace

Person meOnSteam(bool renamed)
{
    return person(renamed ? "Hazey" : "Haze", "steam", MatchHistory::kOwnerSteamId, "me");
}

Person meOnEpic()
{
    return person("HazeOnEpic", "epic", "5c1f3b0e2a7d4c9e8f6a1b2c3d4e5f60", "me");
}

Person alice()
{
    return person("Alice", "epic", "a11ce0d3b7f24e0c9d8b7a6f5e4d3c2b", "teammate:alice");
}

Person bob(bool renamed)
{
    return person(renamed ? "Bobby" : "Bob", "xbox", "2535468123456789", "teammate:bob");
}

Person carl()
{
    return person("carl_ps", "ps4", "carl_ps", "teammate:carl");
}

Person impostor()
{
    return person("Haze", "xbox", "9fc5bcc9f4010977", "stranger");
}

int strangerCount()
{
    return kNamedStrangers + kMaskedStrangers;
}

bool isMaskedStranger(int number)
{
    return number >= kNamedStrangers;
}

Person stranger(int number)
{
    if (isMaskedStranger(number)) // name and id hidden by ballchasing
        return person("*******", "ps4", "************", "stranger");
    const QString name = QString::fromUtf8(kStrangerNames[number]);
    const QString platform =
        QLatin1String(kStrangerPlatforms[number % std::size(kStrangerPlatforms)]);
    QString id = hexId(name).left(platform == QLatin1String("xbox") ? 16 : 32).toLower();
    if (platform == QLatin1String("steam"))
        id =
            QStringLiteral("7656119%1").arg(qHash(name) % 10000000000ull, 10, 10, QLatin1Char('0'));
    if (platform == QLatin1String("ps4"))
        id = name;
    return {name, platform, id, QStringLiteral("stranger")};
}

int botCount()
{
    return int(std::size(kBotNames));
}

Person bot(int number)
{
    return {QLatin1String(kBotNames[number]), {}, {}, QStringLiteral("bot")};
}

} // namespace bcs::demo
