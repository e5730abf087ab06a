// Each test runs a cluster and fifty loopback sites and checks request timings: one at a time, so that two clusters do
// not share the cores and blur each other's timings.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
