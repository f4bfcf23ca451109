using System.Globalization;
using System.Text;
using Sandbox.Sim.Experiments;

namespace Sandbox.Cli.Output;

/// <summary>
/// reproduce.txt: the exact command, the app version and every seed, so a result in a report can be traced back
/// and rerun bit for bit. Written beside the outputs rather than only printed, because consoles are not kept.
/// </summary>
public static class ReproduceNote
{
    public static string ForRun(CliContext context, string scenario, long seed, int weeks) => new StringBuilder()
        .AppendLine("# Reproduce this run")
        .AppendLine($"command:  {context.CommandLine}")
        .AppendLine($"version:  sandbox {CliContext.Version}")
        .AppendLine($"scenario: {scenario} (resolved copy: scenario.json)")
        .AppendLine($"seed:     {seed.ToString(CultureInfo.InvariantCulture)}")
        .AppendLine($"weeks:    {weeks.ToString(CultureInfo.InvariantCulture)}")
        .ToString();

    public static string ForCompare(CliContext context, CompareResult result, int baseline, int parallel)
    {
        var sb = new StringBuilder()
            .AppendLine("# Reproduce this comparison")
            .AppendLine($"command:      {context.CommandLine}")
            .AppendLine($"version:      sandbox {CliContext.Version}")
            .AppendLine($"variants:     {string.Join(", ", result.Variants.Select(v => v.Name))}")
            .AppendLine($"baseline:     {result.Variants[baseline].Name}")
            .AppendLine($"replications: {result.ReplicationCount.ToString(CultureInfo.InvariantCulture)} per variant")
            .AppendLine($"weeks:        {result.Weeks.ToString(CultureInfo.InvariantCulture)}")
            .AppendLine($"base seed:    {result.BaseSeed.ToString(CultureInfo.InvariantCulture)}")
            .AppendLine($"parallel:     {parallel.ToString(CultureInfo.InvariantCulture)} (results do not depend on it)")
            .AppendLine("scenario:     scenario.json (resolved, with every --set, --seed and --weeks applied)")
            .AppendLine()
            .AppendLine("replication seeds, the same in every variant (common random numbers):");
        for (int r = 0; r < result.ReplicationCount; r++)
            sb.AppendLine($"  {r.ToString(CultureInfo.InvariantCulture),4}  {result.SeedOf(r).ToString(CultureInfo.InvariantCulture)}");
        return sb.ToString();
    }

    /// <summary>An experiment's note, from its manifest: the same fields as a comparison's, plus the fingerprint and where its runs are kept.</summary>
    public static string ForExperiment(ExperimentManifest m)
    {
        var sb = new StringBuilder()
            .AppendLine($"# Reproduce this {m.Kind}")
            .AppendLine($"command:      {m.Command}")
            .AppendLine($"version:      sandbox {m.Version}")
            .AppendLine($"scenario:     {m.Scenario} (resolved copy: {m.ScenarioFile})")
            .AppendLine($"base seed:    {m.BaseSeed.ToString(CultureInfo.InvariantCulture)}")
            .AppendLine($"replications: {m.Seeds.Count.ToString(CultureInfo.InvariantCulture)}")
            .AppendLine($"fingerprint:  {m.Fingerprint}")
            .AppendLine(m.Options.ContainsKey("--cluster")
                ? "runs:         kept by the cluster (rerun with --resume and the same --cluster to reuse them; results are identical either way)"
                : $"runs:         {RunCache.Folder}/ (rerun with --resume to reuse them; results are identical either way)")
            .AppendLine()
            .AppendLine("replication seeds, the same at every point (common random numbers):");
        for (int r = 0; r < m.Seeds.Count; r++)
            sb.AppendLine($"  {r.ToString(CultureInfo.InvariantCulture),4}  {m.Seeds[r].ToString(CultureInfo.InvariantCulture)}");
        return sb.ToString();
    }
}
