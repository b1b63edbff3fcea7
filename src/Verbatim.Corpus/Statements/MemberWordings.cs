using System.Collections.Generic;

namespace Verbatim.Corpus.Statements;

/// <summary>Members compared by the wording they print (<see cref="Member.SameWording"/>), so grouping them builds no key.</summary>
internal sealed class MemberWordings : IEqualityComparer<Member>
{
    public bool Equals(Member? x, Member? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.SameWording(y));

    public int GetHashCode(Member member) => member.WordingHash();
}
