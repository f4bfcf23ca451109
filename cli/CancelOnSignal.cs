using System.Runtime.InteropServices;

namespace Sandbox.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into cancellation instead of an abrupt exit: no new runs start, runs in
/// flight finish, and the command removes its staged files and leaves earlier outputs as they were. A second
/// signal is not intercepted, so an impatient user can still kill the process.
/// </summary>
public sealed class CancelOnSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    private CancelOnSignal()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _source.Token;

    public static CancelOnSignal Register() => new();

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested) return;
        context.Cancel = true;
        Console.Error.WriteLine("Stopping after the runs in progress...");
        _source.Cancel();
    }
}
