using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// The vacancy board week after week, driven directly: what applications index into (skill, then id, each skill
/// seeing a prefix), what expires, and what settlement takes off the board.
/// </summary>
public class VacancyBoardTests
{
    private const int Weeks = 30;

    /// <summary>One week of the board: as opened, the candidates put on it, the offers taken, what stayed open.</summary>
    private sealed record BoardWeek(int Week, Vacancy[] Board, int[] Eligible, int Posted, Candidate[] Candidates, Offer[] Accepted, Vacancy[] After);

    /// <summary>
    /// Runs the board for <see cref="Weeks"/> weeks with a candidate on every third vacancy, 40 clients sharing
    /// them so that some clients get several offers.
    /// </summary>
    private static IEnumerable<BoardWeek> Run(double outsideApplicants)
    {
        var scenario = SmallScenarios.Baseline(stock: 2000, inflow: 0, weeks: Weeks);
        scenario.LabourMarket.OutsideApplicants = outsideApplicants;
        var ctx = new WeekContext(new ModelParameters(scenario));
        var market = new VacancyMarket();
        var tally = new WeekTally();
        for (int week = 0; week < Weeks; week++)
        {
            ctx.Week = week;
            market.OpenWeek(ctx, 1500);
            var board = market.Open.ToArray();
            Assert.Equal(board.Length, market.OpenCount);
            var candidates = Enumerable.Range(0, (board.Length + 2) / 3)
                .Select(n => new Candidate(n % 40, 3 * n, 0.5 + 0.4 * (3 * n % 7) / 7.0)).ToArray();
            market.Shortlist(candidates);
            var accepted = market.Settle(ctx, tally).ToArray();
            yield return new BoardWeek(week, board, [.. ctx.EligibleVacancies], market.PostedThisWeek, candidates, accepted, market.Open.ToArray());
        }
    }

    [Fact]
    public void The_board_is_ordered_by_skill_then_id_each_skill_sees_its_prefix_and_nothing_expired_stays()
    {
        foreach (var w in Run(outsideApplicants: 20))
        {
            Assert.All(w.Board, v => Assert.True(v.Expires > w.Week, $"vacancy {v.Id} expired in week {v.Expires} is still open in week {w.Week}"));
            for (int i = 1; i < w.Board.Length; i++)
                Assert.True(w.Board[i - 1].Skill < w.Board[i].Skill || (w.Board[i - 1].Skill == w.Board[i].Skill && w.Board[i - 1].Id < w.Board[i].Id),
                    $"week {w.Week}: board entries {i - 1} and {i} out of order");
            for (int skill = 0; skill < 3; skill++)
                Assert.Equal(w.Board.Count(v => v.Skill <= skill), w.Eligible[skill]);
            Assert.Equal(w.Posted, w.Board.Count(v => v.Posted == w.Week));

            Assert.Equal(w.Accepted.Length, w.Accepted.Select(o => o.Agent).Distinct().Count());
            var taken = w.Accepted.Select(o => w.Board[o.Vacancy].Id).ToHashSet();
            Assert.DoesNotContain(w.After, v => taken.Contains(v.Id));
            Assert.Equal(w.After, w.Board.Where(v => w.After.Contains(v)).ToArray()); // what stays keeps its order
        }
    }

    [Fact]
    public void Without_outsiders_settlement_removes_exactly_the_accepted_vacancies_and_each_client_takes_its_preferred_offer()
    {
        foreach (var w in Run(outsideApplicants: 0))
        {
            // Every client with a candidate gets an offer (nobody outside competes) and takes the indefinite one
            // first, then the lowest board index.
            var preferred = w.Candidates.GroupBy(c => c.Agent).ToDictionary(g => g.Key, g => g.Select(c => c.Vacancy)
                .OrderBy(v => w.Board[v].Indefinite ? 0 : 1).ThenBy(v => v).First());
            Assert.Equal(preferred.Count, w.Accepted.Length);
            Assert.All(w.Accepted, o => Assert.Equal(preferred[o.Agent], o.Vacancy));
            var taken = w.Accepted.Select(o => o.Vacancy).ToHashSet();
            Assert.Equal(w.Board.Where((_, i) => !taken.Contains(i)).ToArray(), w.After);
        }
    }
}
