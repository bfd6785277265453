#pragma once

#include "model/result.h"

#include <QCoreApplication>

namespace Paliers {

class Storage;

// The built-in example a first-time user can open to see what a filled grid
// looks like: an école with two school years and a collège with one, every
// name marked as fictitious. The answers follow a fixed pattern, so the
// example is the same on every machine.
class ExampleData
{
    Q_DECLARE_TR_FUNCTIONS(ExampleData)

public:
    // The edition of the example's content: raised whenever populate()
    // writes something else, so that an example made by an older Paliers is
    // made again the next time a user opens it.
    static constexpr int Version = 3;

    // Fills an empty database in one go; refuses a database that already
    // holds establishments.
    static Status populate(Storage &storage);
};

} // namespace Paliers
