using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace Verbatim.Robustness.Tests.Fuzzing;

/// <summary>One change to a file's bytes, at a place given as a fraction of its length.</summary>
internal abstract record Mutation(double At)
{
    public abstract byte[] Apply(byte[] bytes);

    protected int Offset(byte[] bytes) => (int)(At * bytes.Length);

    /// <summary>Byte flips, truncations, inserted markup, deleted line breaks and swapped encodings.</summary>
    public static readonly Gen<Mutation> Any = Gen.Frequency(
        (3, Gen.Select(Gen.Double[0, 1], Gen.Byte, (at, mask) => (Mutation)new FlipBits(at, mask))),
        (1, Gen.Double[0, 1].Select(at => (Mutation)new Truncate(at))),
        (3, Gen.Select(Gen.Double[0, 1], Gen.OneOf("{", "}", "{@", "{@x ", "\\", "---\n", ":", "#", ",", "&a ", "*a", "[", "\t", "\r", "\0", "\u202E", "{@tillerson "),
            (at, text) => (Mutation)new Insert(at, text))),
        (2, Gen.Double[0, 1].Select(at => (Mutation)new DeleteLineBreak(at))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.Int[1, 400], (at, length) => (Mutation)new DeleteRange(at, length))),
        (1, Gen.Int[0, 4].Select(encoding => (Mutation)new Reencode(encoding))));

    internal sealed record FlipBits(double At, byte Mask) : Mutation(At)
    {
        public override byte[] Apply(byte[] bytes)
        {
            var copy = (byte[])bytes.Clone();
            if (copy.Length > 0)
            {
                copy[Math.Min(Offset(bytes), copy.Length - 1)] ^= Mask == 0 ? (byte)0x80 : Mask;
            }
            return copy;
        }
    }

    internal sealed record Truncate(double At) : Mutation(At)
    {
        public override byte[] Apply(byte[] bytes) => bytes.Take(Offset(bytes)).ToArray();
    }

    internal sealed record Insert(double At, string Text) : Mutation(At)
    {
        public override byte[] Apply(byte[] bytes) =>
            bytes.Take(Offset(bytes)).Concat(Encoding.UTF8.GetBytes(Text)).Concat(bytes.Skip(Offset(bytes))).ToArray();
    }

    internal sealed record DeleteLineBreak(double At) : Mutation(At)
    {
        public override byte[] Apply(byte[] bytes)
        {
            int lineFeed = Array.IndexOf(bytes, (byte)'\n', Offset(bytes));
            return lineFeed < 0 ? bytes : bytes.Where((_, i) => i != lineFeed).ToArray();
        }
    }

    internal sealed record DeleteRange(double At, int Length) : Mutation(At)
    {
        public override byte[] Apply(byte[] bytes) => bytes.Where((_, i) => i < Offset(bytes) || i >= Offset(bytes) + Length).ToArray();
    }

    /// <summary>The same text in another encoding: UTF-16 LE or BE with a BOM, UTF-8 with a BOM, Latin-1, or CRLF line ends.</summary>
    internal sealed record Reencode(int Encoding) : Mutation(0)
    {
        public override byte[] Apply(byte[] bytes)
        {
            string text = System.Text.Encoding.UTF8.GetString(bytes);
            return Encoding switch
            {
                0 => WithPreamble(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), text),
                1 => WithPreamble(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), text),
                2 => WithPreamble(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), text),
                3 => System.Text.Encoding.Latin1.GetBytes(text),
                _ => System.Text.Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r\n")),
            };
        }

        private static byte[] WithPreamble(System.Text.Encoding encoding, string text) =>
            encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
    }
}

/// <summary>The sample corpus with some of its files mutated.</summary>
internal sealed record MutatedCorpus((string Path, byte[] Bytes, bool Mutated)[] Files, IReadOnlyList<(string Path, Mutation Change)> Changes)
{
    /// <summary>The changes, then each changed file as it ended up (decoded as UTF-8, for reading only).</summary>
    public string Describe() =>
        string.Join("\n", Changes.Select(change => change.Path + ": " + change.Change))
        + string.Concat(Files.Where(file => file.Mutated).Select(file => "\n=== " + file.Path + "\n" + Encoding.UTF8.GetString(file.Bytes)));
}

internal static class Mutations
{
    /// <summary>The sample corpus with 1–4 mutations, each to a file picked at random.</summary>
    public static readonly Gen<MutatedCorpus> OfSample = Of(Gen.Const(Harness.SampleCorpus.Files));

    /// <summary>Random valid corpora (text in many scripts, deep nesting) with 1–4 mutations.</summary>
    public static readonly Gen<MutatedCorpus> OfRandomCorpora = Of(RandomCorpus.Corpus.Select(draft =>
        CorpusWriter.Write(draft).Files.Select(file => (file.Path, Encoding.UTF8.GetBytes(file.Text))).ToArray()));

    private static Gen<MutatedCorpus> Of(Gen<(string Path, byte[] Bytes)[]> corpora) =>
        Gen.Select(corpora, Gen.Select(Gen.Int[0, 1000], Mutation.Any).Array[1, 4], (original, picks) =>
        {
            var files = original.Select(file => (file.Path, file.Bytes, Mutated: false)).ToArray();
            var changes = new List<(string Path, Mutation Change)>();
            foreach (var (pick, mutation) in picks)
            {
                int index = pick % files.Length;
                files[index] = (files[index].Path, mutation.Apply(files[index].Bytes), true);
                changes.Add((files[index].Path, mutation));
            }
            return new MutatedCorpus(files, changes);
        });
}
