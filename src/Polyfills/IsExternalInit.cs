// netstandard2.0 lacks the type the compiler needs for init accessors and records. Written here
// rather than taken from a polyfill generator so that every build emits the same bytes.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
