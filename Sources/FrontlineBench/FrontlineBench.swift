/// Benchmark support: the deterministic store generator (`StoreGenerator`) for the R and S sizes
/// of docs/benchmarks.md. Used by the `frontline-bench` executable, never by the board itself.
enum FrontlineBench {}
