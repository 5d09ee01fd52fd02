#pragma once
// Who plays in the generated history: my accounts, my three regular teammates, the strangers of
// the samples (some PSN players with ids ballchasing masks), bots, and a stranger on another
// platform who plays under my first name. Each carries the truth about who it is.

#include <QString>

namespace bcs::demo {

struct Person
{
    QString name;
    QString platform; // empty: a bot (`"id": {}`)
    QString id;
    QString truth; // "me", "teammate:<alias>", "stranger", "bot"
};

// "Haze" is the real owner of the samples' uploads; renamed "Hazey" later on.
Person meOnSteam(bool renamed);
Person meOnEpic();
Person alice();
Person bob(bool renamed); // "Bob", later "Bobby"; plays on Xbox
Person carl();
Person impostor(); // "Haze" on Xbox: not me

// Strangers 0 .. strangerCount() - 1; the last few are masked PSN players (all alike).
int strangerCount();
bool isMaskedStranger(int number);
Person stranger(int number);
int botCount();
Person bot(int number); // 0 .. botCount() - 1

} // namespace bcs::demo
