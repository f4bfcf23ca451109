namespace Sandbox.Reporting.Report;

/// <summary>A list whose items stand alone: findings, scenario facts, reproduction details.</summary>
public sealed record BulletsBlock(IReadOnlyList<string> Items) : ReportBlock;
