/**
 * The directory of the people and organisations the news is about: people with their hanja and
 * English names, organisations with their kind and parent (SK그룹 → SK하이닉스), positions (who
 * holds which title where, from when, until when), aliases (마이크로소프트 / MS) and, for listed
 * companies, the market and stock code ({@link kr.cjournal.people.Organization.Listing},
 * {@link kr.cjournal.people.StockMarket}). Other modules
 * read it through {@link kr.cjournal.people.Directory}, and what published stories say about it
 * through {@link kr.cjournal.people.Mentions} (stories naming someone, co-mentions, the week's
 * most mentioned). It links stories to it: it implements the newsroom's {@code MentionLinker}
 * (a {@link kr.cjournal.people.MentionMatcher} built in memory from the whole directory finds
 * names and aliases with Korean particles; the mentions of published stories go to table
 * {@code mentions}) and {@code MentionReviews} (same-name people the linker left to the desk).
 * Staff keep the directory on the pages of the {@code web} sub-package under
 * {@code /newsroom/people} and {@code /newsroom/companies};
 * {@link kr.cjournal.people.DirectoryMerges} merges duplicates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and companies")
package kr.cjournal.people;
