using Sandbox.Cli;

using var cancel = CancelOnSignal.Register();
return SandboxCli.Run(args, CliConsole.Standard(), cancel.Token);
