using System;
using System.Collections.Immutable;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>One part of every item of a collected array, as an equatable array of the items' own objects.</summary>
internal static class Projection
{
    public static EquatableArray<TPart> Of<TItem, TPart>(EquatableArray<TItem> items, Func<TItem, TPart> part)
        where TItem : IEquatable<TItem>
        where TPart : IEquatable<TPart>
    {
        var parts = new TPart[items.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = part(items[i]);
        }
        return new EquatableArray<TPart>(parts);
    }

    /// <summary>
    /// The parts of every slice (each taken a slice at a time, in a step of its own, and collected), one
    /// after the other: what a table is written from, once one of its slices changed.
    /// </summary>
    public static ImmutableArray<TPart> Flatten<TPart>(ImmutableArray<EquatableArray<TPart>> slices)
        where TPart : IEquatable<TPart>
    {
        int count = 0;
        foreach (var slice in slices)
        {
            count += slice.Count;
        }
        var parts = ImmutableArray.CreateBuilder<TPart>(count);
        foreach (var slice in slices)
        {
            parts.AddRange(slice);
        }
        return parts.MoveToImmutable();
    }
}
