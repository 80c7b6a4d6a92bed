// The store's schema as a list of migrations: migration i takes a store
// from version i to version i+1, and a new store runs them all. The
// version lives in meta(key = 'schema_version') and is checked on open.
#pragma once

#include "store/sqlite_db.h"

namespace practrack {

// Brings the store at `db` to kStoreSchemaVersion in one transaction.
// A store written by a newer practrack, or a database that is not a
// practrack store, is an error and is left untouched.
Result<sql::Ok> prepare_schema(sql::Db& db);

// The version recorded in the store; 0 when it has no meta table yet.
Result<int> stored_schema_version(sql::Db& db);

}  // namespace practrack
