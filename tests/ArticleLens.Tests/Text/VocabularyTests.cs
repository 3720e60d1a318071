using CsCheck;

namespace ArticleLens.Tests.Text;

public class VocabularyTests
{
    public class Intern
    {
        [Fact]
        public void Given_many_forms_When_interned_twice_Then_ids_are_dense_stable_and_found()
        {
            var vocabulary = new Vocabulary();
            var forms = Enumerable.Range(0, 5000).Select(i => $"w{i}").ToList();

            var first = forms.Select(f => vocabulary.Intern(f)).ToList();
            var second = forms.Select(f => vocabulary.Intern(f.AsSpan())).ToList();

            Assert.Equal(Enumerable.Range(0, 5000), first);
            Assert.Equal(first, second);
            Assert.Equal(5000, vocabulary.Count);
            Assert.Equal("w4321", vocabulary[4321]);
            Assert.Equal(17, vocabulary.Find("w17"));
            Assert.Equal(-1, vocabulary.Find("never"));
        }

        [Fact]
        public void Given_forms_that_differ_only_in_case_Then_they_are_different_forms()
        {
            var vocabulary = new Vocabulary();

            Assert.NotEqual(vocabulary.Intern("us"), vocabulary.Intern("US"));
        }

        [Fact]
        public void Given_forms_sharing_prefixes_lengths_and_nul_chars_When_interned_Then_each_distinct_form_has_its_own_id() =>
            Gen.String[Gen.Char["ab\0"], 0, 7].Array[1, 60].Sample(forms =>
            {
                var vocabulary = new Vocabulary();
                foreach (var form in forms)
                {
                    Assert.Equal(form, vocabulary[vocabulary.Intern(form)]);
                    Assert.Equal(vocabulary.Intern(form), vocabulary.Find(form));
                }
                Assert.Equal(forms.Distinct(StringComparer.Ordinal).Count(), vocabulary.Count);
            });
    }
}
