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

    private static (VacancyMarket Market, WeekContext Context) Open(double outsideApplicants)
    {
        var scenario = SmallScenarios.Baseline(stock: 2000, inflow: 0, weeks: Weeks);
        scenario.LabourMarket.OutsideApplicants = outsideApplicants;
        var p = new ModelParameters(scenario);
        return (new VacancyMarket(), new WeekContext(p));
    }

    /// <summary>A candidate on every third vacancy, 40 clients sharing them, so some clients get several offers.</summary>
    private static Candidate[] Candidates(ReadOnlySpan<Vacancy> board)
    {
        var list = new List<Candidate>();
        for (int i = 0; i < board.Length; i += 3) list.Add(new Candidate(i / 3 % 40, i, 0.5 + 0.4 * (i % 7) / 7.0));
        return [.. list];
    }

    [Fact]
    public void The_board_is_ordered_by_skill_then_id_each_skill_sees_its_prefix_and_nothing_expired_stays()
    {
        var (market, ctx) = Open(outsideApplicants: 20);
        var tally = new WeekTally();
        for (int week = 0; week < Weeks; week++)
        {
            ctx.Week = week;
            market.OpenWeek(ctx, 1500);
            var board = market.Open.ToArray();
            Assert.Equal(board.Length, market.OpenCount);
            Assert.All(board, v => Assert.True(v.Expires > week, $"vacancy {v.Id} expired in week {v.Expires} is still open in week {week}"));
            for (int i = 1; i < board.Length; i++)
                Assert.True(board[i - 1].Skill < board[i].Skill || (board[i - 1].Skill == board[i].Skill && board[i - 1].Id < board[i].Id),
                    $"week {week}: board entries {i - 1} and {i} out of order");
            for (int skill = 0; skill < 3; skill++)
                Assert.Equal(board.Count(v => v.Skill <= skill), ctx.EligibleVacancies[skill]);
            Assert.Equal(market.PostedThisWeek, board.Count(v => v.Posted == week));

            market.Shortlist(Candidates(board));
            var accepted = market.Settle(ctx, tally).ToArray();
            Assert.Equal(accepted.Length, accepted.Select(o => o.Agent).Distinct().Count());
            var taken = accepted.Select(o => board[o.Vacancy].Id).ToHashSet();
            var after = market.Open.ToArray();
            Assert.DoesNotContain(after, v => taken.Contains(v.Id));
            Assert.Equal(after, board.Where(v => after.Contains(v)).ToArray()); // what stays keeps its order
        }
    }

    [Fact]
    public void Without_outsiders_settlement_removes_exactly_the_accepted_vacancies_and_each_client_takes_its_preferred_offer()
    {
        var (market, ctx) = Open(outsideApplicants: 0);
        var tally = new WeekTally();
        for (int week = 0; week < Weeks; week++)
        {
            ctx.Week = week;
            market.OpenWeek(ctx, 1500);
            var board = market.Open.ToArray();
            var candidates = Candidates(board);
            market.Shortlist(candidates);
            var accepted = market.Settle(ctx, tally).ToArray();

            // Every client with a candidate gets an offer (nobody outside competes) and takes the indefinite one
            // first, then the lowest board index.
            var byClient = candidates.GroupBy(c => c.Agent).ToDictionary(g => g.Key, g => g.Select(c => c.Vacancy)
                .OrderBy(v => board[v].Indefinite ? 0 : 1).ThenBy(v => v).First());
            Assert.Equal(byClient.Count, accepted.Length);
            Assert.All(accepted, o => Assert.Equal(byClient[o.Agent], o.Vacancy));
            var taken = accepted.Select(o => o.Vacancy).ToHashSet();
            Assert.Equal(board.Where((_, i) => !taken.Contains(i)).ToArray(), market.Open.ToArray());
        }
    }
}
