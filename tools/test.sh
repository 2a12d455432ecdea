#!/usr/bin/env bash
# Every test: the whole suite on the embedded database (SQLite), then the data-heavy suites again on a throw-away
# PostgreSQL server (tools/postgres.sh; the switch is SHOP_TEST_POSTGRES, read by Shop.Tests/Support/TestDatabases.cs).
#   tools/test.sh [RESULTS_DIR]    writes sqlite.trx and postgres.trx there (default TestResults)
# Exit code non-zero when either run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
results=${1:-TestResults}
# A folder of its own (PG_DIR to choose one), so two runs side by side never share a server.
pg_dir=${PG_DIR:-$(mktemp -d /tmp/shop-test-postgres.XXXXXX)}
source tools/free-port.sh
pg_port=$(free_port "${PG_PORT:-61433}")

# The suites that read and write the database most: checkout and concurrency, orders and payments, admin (stock,
# catalog CSV), accounts, carts, catalog pages and search, live stock, data; and the hostile-input walk of every route
# (PostgreSQL refuses some text SQLite stores). Tests about SQLite itself stay out.
postgres_suites="(FullyQualifiedName~Shop.Tests.Checkout.|FullyQualifiedName~Shop.Tests.Orders.|FullyQualifiedName~Shop.Tests.Payments.\
|FullyQualifiedName~Shop.Tests.Admin.|FullyQualifiedName~Shop.Tests.Account.|FullyQualifiedName~Shop.Tests.Cart.\
|FullyQualifiedName~Shop.Tests.Catalog.|FullyQualifiedName~Shop.Tests.Live.|FullyQualifiedName~Shop.Tests.Data.\
|FullyQualifiedName~Shop.Tests.Security.HostileRouteWalkTests.|FullyQualifiedName~Shop.Tests.Languages.FirstLanguageChangeTests.|TestCategory=PostgresOnly)&TestCategory!=SqliteOnly&TestCategory!=Browser"

connection=$(bash tools/postgres.sh start "$pg_dir" "$pg_port") || { echo "test: PostgreSQL did not start"; exit 1; }
trap 'bash tools/postgres.sh stop "$pg_dir"' EXIT

echo "test: the whole suite on SQLite"
dotnet test Shop.sln --filter "TestCategory!=PostgresOnly" --logger "trx;LogFileName=sqlite.trx" --results-directory "$results"
sqlite=$?

echo "test: the data-heavy suites on PostgreSQL"
SHOP_TEST_POSTGRES="$connection" dotnet test Shop.sln --no-build --filter "$postgres_suites" \
  --logger "trx;LogFileName=postgres.trx" --results-directory "$results"
postgres=$?

[ "$sqlite" -eq 0 ] && [ "$postgres" -eq 0 ]
