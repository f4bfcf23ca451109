namespace Sandbox.Sim.Rules;

/// <summary>
/// A client's job search for the week as the services phase leaves it: how hard they search and what an employer
/// will see of their application. Everything the applications need is here, so they can be sent after every
/// client's services (the kernel's search phase) without touching the client again.
/// </summary>
/// <param name="Key">The client's agent-week key: the search draws under it as it would in the client's turn.</param>
/// <param name="Rate">The mean number of applications this week.</param>
/// <param name="Callback">The chance an application earns a callback (rounded to float as applications carried it).</param>
/// <param name="Interview">The chance a callback's interview succeeds.</param>
public readonly record struct SearchIntent(int Agent, ulong Key, double Rate, double Callback, double Interview, short Spell, byte Skill);
