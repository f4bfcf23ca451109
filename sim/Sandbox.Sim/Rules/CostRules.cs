using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Rules;

/// <summary>Cost categories of the metrics (MODEL.md "Costs": explicit, documented assumptions).</summary>
public enum CostCategory : byte { Staff = 0, Coordination = 1, ItData = 2, Benefits = 3 }

/// <summary>
/// Turns a week's activity counts into costs, activity-based: contact hours × hourly cost for staff and
/// coordination time, shared-system running costs spread over agencies, benefits paid by the PES.
/// Costs are computed from summed integer counts, once, so they are bit-identical in every engine.
/// </summary>
public static class CostRules
{
    public const int Categories = 4;

    public static readonly string[] CategoryKeys = ["staff", "coordination", "itData", "benefits"];

    /// <summary>Fills <paramref name="costs"/>[agency * Categories + category] for the week.</summary>
    public static void WeekCosts(ModelParameters p, WeekTally t, Span<double> costs)
    {
        costs.Clear();
        var s = p.Services;
        double coordination = p.Mechanisms.CoordinationHours;
        for (int a = 0; a < p.Agencies.Length; a++)
        {
            var ag = p.Agencies[a];
            bool pes = a == p.PesIndex;
            double hours = (t.Agency(a, AgencyCounter.Assessments) + t.Agency(a, AgencyCounter.RepeatAssessments)) * s.AssessmentHours
                           + t.Agency(a, AgencyCounter.JointDiagnoses) * s.JointDiagnosisHours / 2
                           + (pes ? t.Agency(a, AgencyCounter.Meetings) * s.MeetingHours : t.Agency(a, AgencyCounter.Caseload) * ag.ContactHours);
            long coordinatedClients = pes ? t.Agency(a, AgencyCounter.JointClients) : t.Agency(a, AgencyCounter.Caseload);
            costs[a * Categories + (int)CostCategory.Staff] = hours * ag.CostPerHour;
            costs[a * Categories + (int)CostCategory.Coordination] = coordinatedClients * coordination * ag.CostPerHour;
            costs[a * Categories + (int)CostCategory.ItData] = p.ItCostPerWeek / p.Agencies.Length;
            if (pes) costs[a * Categories + (int)CostCategory.Benefits] = t.Group(MetricGroup.All, GroupCounter.Unemployed) * p.Costs.BenefitPerWeek;
        }
    }
}
