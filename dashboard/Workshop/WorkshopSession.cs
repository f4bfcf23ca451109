using System.Globalization;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// One workshop: the timeline the room watches, what is on stage, the polls and who may vote. Every change (a
/// facilitator command, a paced week, a vote) takes <see cref="_turn"/> and publishes while holding it, so every
/// screen sees the same sequence. Rights are checked by the caller through <see cref="Demand"/> and <see cref="Admit"/>.
/// </summary>
public sealed class WorkshopSession : IAsyncDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _keyHash;
    private readonly IWorkshopPublisher _publisher;
    private readonly WorkshopOptions _options;
    private readonly TimeProvider _clock;
    private readonly List<PollBox> _polls;
    private readonly Dictionary<string, Task<PollAnswer>> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenBucket> _participants = new(StringComparer.Ordinal);
    private readonly List<string> _revealed = [];
    private readonly int? _suggestedClient;
    private Task _loop = Task.CompletedTask;
    private WorkshopStage _stage = WorkshopStage.Chart;
    private bool _running;
    private double _speed;
    /// <summary>Bumped under the turn lock for every view or frame sent to the room (see <see cref="WorkshopHeader.Revision"/>).</summary>
    private long _revision;
    private (int Client, string Name)? _spotlight;
    private PollBox? _poll;
    private PollResult? _result;
    private int _cracksBranch;
    private long _lastActive;

    public WorkshopSession(string title, Scenario scenario, WorkshopPlan? plan, string key, IWorkshopPublisher publisher, WorkshopOptions options, TimeProvider clock)
    {
        Id = WorkshopSecrets.NewSessionId();
        Code = WorkshopSecrets.NewCode();
        Title = title;
        Plan = plan;
        _keyHash = WorkshopSecrets.Hash(key);
        _publisher = publisher;
        _options = options;
        _clock = clock;
        CodeExpiresUtc = clock.GetUtcNow() + options.CodeLifetime;
        Touch();
        Timeline = new WorkshopTimeline(scenario, options.MaxBranches);
        _speed = plan?.WeeksPerSecond ?? 4;
        _polls = plan?.Polls.Select(p => new PollBox(p)).ToList() ?? [];
        // Answers are simulated in the background from the start, so a reveal does not keep the room waiting.
        foreach (var poll in _polls) _answers[poll.Spec.Id] = Task.Run(() => PollAnswer.Simulate(poll.Spec, scenario));
        if (plan?.Spotlight is { } spot) _suggestedClient = SpotlightFinder.Find(spot, scenario);
    }

    public string Id { get; }
    public string Code { get; }
    public string Title { get; }
    public WorkshopPlan? Plan { get; }
    public WorkshopTimeline Timeline { get; }
    public DateTimeOffset CodeExpiresUtc { get; }
    public DateTimeOffset LastActiveUtc => new(Interlocked.Read(ref _lastActive), TimeSpan.Zero);

    /// <summary>Participants connected now; kept by the registry, which sees connections come and go.</summary>
    public int Connected { get; set; }

    public int Admitted { get { lock (_participants) return _participants.Count; } }

    public void Start() => _loop = LoopAsync();

    public bool IsFacilitator(string? key) => WorkshopSecrets.Matches(_keyHash, key);

    /// <summary>Throws the hub's "forbidden" error unless <paramref name="key"/> is this session's facilitator key.</summary>
    public void Demand(string? key)
    {
        if (!IsFacilitator(key))
            throw new ApiErrorException(new ApiError("forbidden", "key", "(missing or wrong)", "the facilitator key of this session",
                "only the facilitator can control a workshop; participants can watch and vote"));
    }

    public bool CodeOpen => _clock.GetUtcNow() < CodeExpiresUtc;

    /// <summary>
    /// Admits a participant: a token this session issued keeps its holder's place (and votes) even after the join code
    /// expired; anyone else needs an open code and a free seat.
    /// </summary>
    public string Admit(string? token)
    {
        Touch();
        lock (_participants)
        {
            if (token is { Length: > 0 and <= 64 } && _participants.ContainsKey(token)) return token;
            if (!CodeOpen)
                throw new ApiErrorException(new ApiError("expired", "code", Code, "a join code less than " + Hours(_options.CodeLifetime) + " old",
                    "this join code has expired; ask the facilitator for a new session"));
            if (_participants.Count >= _options.MaxParticipants)
                throw new ApiErrorException(ApiError.Invalid("participants", _participants.Count.ToString(CultureInfo.InvariantCulture),
                    $"at most {_options.MaxParticipants} participants per session"));
            string issued = WorkshopSecrets.NewKey();
            _participants[issued] = new TokenBucket(_options.VotesPerSecond, _options.VoteBurst, _clock);
            return issued;
        }
    }

    public async Task<WorkshopView> ExecuteAsync(WorkshopCommand c)
    {
        Touch();
        WorkshopView view;
        await _turn.WaitAsync();
        try
        {
            switch (c.Command)
            {
                case "start": _running = !Timeline.Finished; break;
                case "pause": _running = false; break;
                case "step":
                    _running = false;
                    if (!Timeline.Finished) Timeline.Step();
                    break;
                case "jump":
                    _running = false;
                    Timeline.JumpTo(Require(c.Week, "week", $"0 to {Timeline.Weeks}"));
                    if (_stage == WorkshopStage.Cracks && _cracksBranch >= Timeline.Branches.Count) _cracksBranch = 0;
                    break;
                case "speed": _speed = CheckSpeed(c.WeeksPerSecond); break;
                case "switch": Timeline.Switch(c.Branch ?? 0, ParseLevel(c.Level)); break;
                case "fork": Timeline.Fork(c.Branch ?? 0, ParseLevel(c.Level)); break;
                case "spotlight": SetSpotlight(c.Client, c.Name); break;
                case "chart": _stage = WorkshopStage.Chart; break;
                case "cracks":
                    int branch = c.Branch ?? 0;
                    if ((uint)branch >= (uint)Timeline.Branches.Count)
                        throw new ApiErrorException(ApiError.Invalid("branch", branch.ToString(CultureInfo.InvariantCulture), $"0 to {Timeline.Branches.Count - 1}"));
                    (_stage, _cracksBranch) = (WorkshopStage.Cracks, branch);
                    break;
                case "openPoll":
                    _poll = FindPoll(c.PollId);
                    _poll.Open = true;
                    (_stage, _running) = (WorkshopStage.Poll, false);
                    break;
                case "closePoll": FindPoll(c.PollId).Open = false; break;
                case "revealPoll":
                    var box = FindPoll(c.PollId);
                    box.Open = false;
                    _result = box.Result(await _answers[box.Spec.Id]);
                    (_poll, _stage, _running) = (box, WorkshopStage.Result, false);
                    if (!_revealed.Contains(box.Spec.Id)) _revealed.Add(box.Spec.Id);
                    break;
                default:
                    throw new ApiErrorException(ApiError.Invalid("command", c.Command, string.Join(", ", WorkshopCommands.All)));
            }
            _revision++;
            view = ViewLocked();
            await _publisher.ViewAsync(Id, view);
        }
        finally
        {
            _turn.Release();
        }
        _wake.Release();
        return view;
    }

    public async Task<int> VoteAsync(VoteRequest vote)
    {
        TokenBucket? bucket;
        lock (_participants) _participants.TryGetValue(vote.Token ?? "", out bucket);
        if (bucket is null)
            throw new ApiErrorException(new ApiError("forbidden", "token", "(unknown)", "the token this session gave you when you joined", "join the session before voting"));
        if (!bucket.TryTake())
            throw new ApiErrorException(new ApiError("rateLimited", "vote", vote.PollId, $"at most {_options.VoteBurst} votes in a row, then one every {1 / _options.VotesPerSecond:0.#} seconds",
                "you are voting too fast; wait a moment"));
        Touch();
        await _turn.WaitAsync();
        try
        {
            var box = FindPoll(vote.PollId);
            box.Vote(vote.Token!, vote.Choice, vote.Number);
            await _publisher.VotesAsync(Id, box.Spec.Id, box.Voters);
            return box.Voters;
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task<WorkshopView> ViewAsync()
    {
        await _turn.WaitAsync();
        try { return ViewLocked(); }
        finally { _turn.Release(); }
    }

    /// <summary>Runs <paramref name="read"/> on the timeline while no week is being computed (for the handout).</summary>
    public async Task<T> ReadAsync<T>(Func<WorkshopSession, IReadOnlyList<PollResult>, SpotlightView?, T> read)
    {
        await _turn.WaitAsync();
        try
        {
            var revealed = new List<PollResult>();
            foreach (var box in _polls.Where(b => _revealed.Contains(b.Spec.Id)))
                revealed.Add(box.Result(await _answers[box.Spec.Id]));
            return read(this, revealed, SpotlightLocked());
        }
        finally { _turn.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _loop.WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception e) when (e is OperationCanceledException or TimeoutException) { }
    }

    private void Touch() => Interlocked.Exchange(ref _lastActive, _clock.GetUtcNow().UtcTicks);

    private async Task LoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            bool running;
            double speed;
            await _turn.WaitAsync(token);
            try
            {
                running = _running && !Timeline.Finished;
                speed = _speed;
                if (running)
                {
                    Timeline.Step();
                    _revision++;
                    if (Timeline.Finished)
                    {
                        _running = false;
                        await _publisher.ViewAsync(Id, ViewLocked());
                    }
                    else await _publisher.FrameAsync(Id, FrameLocked());
                }
            }
            finally
            {
                _turn.Release();
            }
            if (running) await _wake.WaitAsync(TimeSpan.FromSeconds(1 / speed), token);
            else await _wake.WaitAsync(token);
        }
    }

    private void SetSpotlight(int? client, string? name)
    {
        int id = client ?? _suggestedClient
            ?? throw new ApiErrorException(ApiError.Invalid("client", "(missing)", "a client number (this workshop suggests none)"));
        int capacity = Timeline.Branches[0].Sim.Jobseekers.Length;
        if ((uint)id >= (uint)capacity)
            throw new ApiErrorException(ApiError.Invalid("client", id.ToString(CultureInfo.InvariantCulture), $"0 to {capacity - 1}"));
        string label = name?.Trim() is { Length: > 0 and <= 40 } n ? n
            : client is null && Plan?.Spotlight is { } spec ? spec.Name : "Client " + id.ToString(CultureInfo.InvariantCulture);
        _spotlight = (id, label);
        _stage = WorkshopStage.Spotlight;
    }

    private PollBox FindPoll(string? id) =>
        _polls.FirstOrDefault(p => p.Spec.Id == id)
        ?? throw new ApiErrorException(ApiError.Invalid("pollId", id ?? "(missing)", _polls.Count == 0 ? "no polls in this session" : string.Join(", ", _polls.Select(p => p.Spec.Id))));

    private WorkshopHeader HeaderLocked() => new(Id, Title, Code, CodeExpiresUtc, Timeline.Week, Timeline.Weeks, _running, _speed, _stage, Connected, _revision);

    private WorkshopView ViewLocked()
    {
        var branches = Timeline.Branches.Select((b, i) => new BranchView(i, b.Label, b.Level?.Key(), WorkshopChart.History(b.Sim.Result(), Timeline.Week))).ToArray();
        return new WorkshopView(HeaderLocked(), WorkshopChart.Series, branches, _polls.Select(PollViewOf).ToArray(), SpotlightLocked(),
            _stage == WorkshopStage.Poll && _poll is not null ? PollViewOf(_poll) : null,
            _stage == WorkshopStage.Result ? _result : null, CracksLocked());
    }

    private WorkshopFrame FrameLocked()
    {
        int week = Timeline.Week - 1;
        var values = Timeline.Branches.Select(b => WorkshopChart.At(b.Sim.Result(), week)).ToArray();
        return new WorkshopFrame(HeaderLocked(), values, _stage == WorkshopStage.Spotlight ? SpotlightLocked() : null, CracksLocked(),
            (_clock.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalMilliseconds);
    }

    private SpotlightView? SpotlightLocked() => _spotlight is not { } s ? null
        : new SpotlightView(s.Client, s.Name, Timeline.Branches.Select(b => ClientTimeline.Of(b.Client(s.Client), b.Sim.P, b.Label)).ToArray());

    private CracksView? CracksLocked()
    {
        if (_stage != WorkshopStage.Cracks) return null;
        var branch = Timeline.Branches[_cracksBranch];
        return new CracksView(_cracksBranch, branch.Label, branch.Snapshot().Flows);
    }

    private static PollView PollViewOf(PollBox box)
    {
        var s = box.Spec;
        var options = s.Kind == PollKind.Level ? IntegrationLevels.All.Select(l => new PollOption(l.Key(), l.Title())).ToArray() : [];
        return new PollView(s.Id, s.Question, s.Kind, s.Measure.Unit(), s.Min, s.Max, options, box.Open, box.Voters);
    }

    private static IntegrationLevel ParseLevel(string? text) =>
        text is not null && IntegrationLevels.TryParse(text, out var level) ? level
            : throw new ApiErrorException(ApiError.Invalid("level", text ?? "(missing)", string.Join(", ", IntegrationLevels.All.Select(l => l.Key()))));

    private static double CheckSpeed(double? speed) =>
        speed is { } s && double.IsFinite(s) && s >= 0.25 && s <= 20 ? s
            : throw new ApiErrorException(ApiError.Invalid("weeksPerSecond", speed?.ToString(CultureInfo.InvariantCulture) ?? "(missing)", "0.25 to 20 weeks per second"));

    private static int Require(int? value, string field, string allowed) =>
        value ?? throw new ApiErrorException(ApiError.Invalid(field, "(missing)", allowed));

    private static string Hours(TimeSpan t) => t.TotalHours >= 1 ? $"{t.TotalHours:0.#} hours" : $"{t.TotalMinutes:0} minutes";
}
