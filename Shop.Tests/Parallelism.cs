// Fixtures run two at a time: a fixture spends much of its time waiting (on its shop, on Chromium, on a mail or a
// live message), so two of them keep a two-core machine busy. Each fixture has its own shop and database copy, so
// they do not see each other. Tests within a fixture still run one after another; fixtures that time the shop
// are [NonParallelizable] and run alone.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
