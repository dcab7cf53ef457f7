/** The rows every scenario starts from, inserted with plain SQL on both sides; every table is listed (deleted in reverse order). */
export const FIXTURE: Record<string, Array<Record<string, string | number | null>>> = {
  orm_publisher: [
    { id: 1, name: "Gollancz" },
    { id: 2, name: "Ace" },
  ],
  orm_author: [
    { id: 1, name: "Frank Herbert", publisher_id: 2 },
    { id: 2, name: "Ursula K. Le Guin", publisher_id: 1 },
    { id: 3, name: "Isaac Asimov", publisher_id: null },
    { id: 4, name: "Octavia Butler", publisher_id: null },
  ],
  orm_tag: [
    { id: 1, name: "classic" },
    { id: 2, name: "scifi" },
    { id: 3, name: "feminist" },
  ],
  orm_book: [
    book(1, "Dune", 1, 2, 1965, 412, 1, "2024-01-05 10:30:00"),
    book(2, "Dune Messiah", 1, null, 1969, 256, 0, "2024-02-10 08:00:00"),
    book(3, "The Left Hand of Darkness", 2, 1, 1969, 304, 1, "2023-12-31 23:59:59"),
    book(4, "The Dispossessed", 2, null, 1974, null, 0, null),
    book(5, "Foundation", 3, 2, 1951, 255, 1, "2024-03-01 12:00:00"),
    book(6, "I, Robot", 3, null, 1950, 253, 0, "2024-03-01 18:45:00"),
    book(7, "Kindred", 4, 3, 1979, 264, 0, "2022-06-15 09:15:00"),
    book(8, "100% Pure_Test", 4, null, 2000, null, 0, null),
  ],
  orm_review: [
    { id: 1, book_id: 1, stars: 5 },
    { id: 2, book_id: 1, stars: 4 },
    { id: 3, book_id: 3, stars: 5 },
    { id: 4, book_id: 5, stars: 3 },
    { id: 5, book_id: 7, stars: 4 },
    { id: 6, book_id: 7, stars: 2 },
  ],
  orm_book_tags: [
    { id: 1, book_id: 1, tag_id: 1 },
    { id: 2, book_id: 1, tag_id: 2 },
    { id: 3, book_id: 3, tag_id: 2 },
    { id: 4, book_id: 3, tag_id: 3 },
    { id: 5, book_id: 5, tag_id: 2 },
    { id: 6, book_id: 7, tag_id: 3 },
  ],
  orm_profile: [{ id: 1, author_id: 1, bio: "Arrakis" }],
  orm_club: [{ id: 1, name: "Hugo" }, { id: 2, name: "Nebula" }],
  orm_membership: [
    { id: 1, club_id: 1, author_id: 1, role: "chair" },
    { id: 2, club_id: 1, author_id: 2, role: "member" },
    { id: 3, club_id: 2, author_id: 2, role: "member" },
  ],
  orm_person: [
    { id: 1, name: "Ann", parent_id: null },
    { id: 2, name: "Bob", parent_id: 1 },
    { id: 3, name: "Cy", parent_id: 1 },
  ],
  orm_person_friends: [
    { id: 1, from_person_id: 1, to_person_id: 2 },
    { id: 2, from_person_id: 2, to_person_id: 1 },
  ],
  orm_item: [{
    id: 1, slug: "dune", email: "a@b.co", url: "https://x.org", price: 12.5, day: "2024-03-01", at: "13:45:00",
    took: 90_000_000, uid: "12345678123456781234567812345678", data: '{"a": [1, 2]}', qty: 3, rank: 1, ip: "10.0.0.1",
    file: "docs/a.pdf", kind: "a",
  }],
  orm_post: [
    { id: 1, created: 1, live: 1, title: "Hello", rank: 2 },
    { id: 2, created: 2, live: 0, title: "Draft", rank: 0 },
    { id: 3, created: 3, live: 1, title: "News", rank: 5 },
  ],
  orm_note: [
    { id: 1, created: 2, live: 1, text: "second" },
    { id: 2, created: 5, live: 0, text: "fifth" },
    { id: 3, created: 1, live: 1, text: "first" },
  ],
};

function book(id: number, title: string, author_id: number, editor_id: number | null, published: number,
  pages: number | null, done: number, added: string | null) {
  return { id, title, author_id, editor_id, published, pages, done, added };
}
