using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project bench/Sandbox.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
