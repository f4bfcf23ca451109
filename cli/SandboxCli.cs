using System.CommandLine;
using Sandbox.Cli.Commands;
using Sandbox.Cli.Input;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli;

/// <summary>
/// The CLI's entry: builds the command tree, and maps failures to exit codes. 0 is success; 2 is bad input (an
/// unknown command or flag, a value out of range, a bad scenario file), reported as one line naming the flag or
/// field, the value and what is allowed; 1 is anything unexpected. Tests call <see cref="Run"/> in-process.
/// </summary>
public static class SandboxCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int Cancelled = 130;

    private static readonly string[] HelpTokens = ["-h", "--help", "-?", "/?", "/h"];

    public static int Run(string[] args, CliConsole console, CancellationToken cancellation = default)
    {
        var context = new CliContext(console, args, cancellation);
        var root = new RootCommand("Employment-service integration sandbox: run scenarios and compare integration levels")
        {
            RunCommand.Create(context),
            CompareCommand.Create(context),
            SweepCommand.Create(context),
            SensitivityCommand.Create(context),
            DecomposeCommand.Create(context),
            ReformCommand.Create(context),
            ForkCommand.Create(context),
            ReportCommand.Create(context),
            ParamsCommand.Create(context),
            SchemaCommand.Create(context),
            ScenariosCommand.Create(context),
            SiloCommand.Create(context),
            ValidateCommand.Create(context),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => HelpTokens.Contains(a)))
        {
            console.Error.WriteLine($"error: {ParseErrors.Describe(parse)}");
            return BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                // Signals are handled by CancelOnSignal, which lets runs in flight finish and staged files be removed.
                ProcessTerminationTimeout = null,
            });
        }
        catch (CliInputException e)
        {
            console.Error.WriteLine("error: " + e.Message);
            return BadInput;
        }
        catch (ScenarioValidationException e)
        {
            console.Error.WriteLine("error: " + e.Message);
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("error: cancelled; earlier outputs were left as they were");
            return Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("error: " + e.Message);
            return Failed;
        }
    }
}
