using Sandbox.Cli;

return SandboxCli.Run(args, CliConsole.Standard());
