using BenchmarkDotNet.Running;
using Sandbox.Bench;

// Run all: dotnet run -c Release --project bench/Sandbox.Bench -- --filter '*'
// The kernel and its floor in pairs, in one process: dotnet run -c Release --project bench/Sandbox.Bench -- --paired [pairs]
if (args.Length > 0 && args[0] == "--paired")
{
    try
    {
        PairedRatio.Run(PairedRatio.PairsFrom(args[1..]), Console.Out);
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
