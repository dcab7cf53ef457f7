import { TestCase } from "mvt";
import { Comment, Post } from "./blog/models";

/** The post's comment_count as the database has it now. */
function stored_count(pk: number): number {
  return Post.objects.get({ pk }).comment_count;
}

export default class CommentCountChecks extends TestCase {
  static fixtures = ["blog.json"];

  test_a_new_comment_counts_on_its_post() {
    Comment.objects.create({ post: Post.objects.get({ pk: 1 }), name: "Ada", body: "Saved from the shell, not the page." });
    this.assertEqual([stored_count(1), stored_count(2)], [1, 0]);
  }

  test_a_comment_posted_on_the_page_counts() {
    this.assertRedirects(this.client.post("/blog/1/", { name: "Ada", body: "Through the form." }), "/blog/1/");
    this.assertRedirects(this.client.post("/blog/1/", { name: "Linus", body: "Me too." }), "/blog/1/");
    this.assertEqual(stored_count(1), 2);
  }

  test_the_list_shows_the_counts_in_one_query() {
    const [first, second] = [Post.objects.get({ pk: 1 }), Post.objects.get({ pk: 2 })];
    for (const [post, name] of [[first, "Ada"], [first, "Grace"], [second, "Linus"]] as const) {
      Comment.objects.create({ post, name, body: "Hello." });
    }
    const response = this.assertNumQueries(1, () => this.client.get("/blog/"));
    this.assertContains(response, "Views are just functions</a> (2 comments)");
    this.assertContains(response, "Cookies and sessions</a> (1 comment)");
    this.assertContains(response, "Signals, and when not to use them</a> (0 comments)");
  }

  test_an_edited_comment_is_not_counted_again() {
    const comment = Comment.objects.create({ post: Post.objects.get({ pk: 1 }), name: "Ada", body: "Frist." });
    comment.body = "First.";
    comment.save();
    this.assertEqual(stored_count(1), 1);
  }

  test_two_comments_at_the_same_time_both_count() {
    // Two requests load the same post before either saves its comment.
    const seen_by_ada = Post.objects.get({ pk: 1 });
    const seen_by_linus = Post.objects.get({ pk: 1 });
    Comment.objects.create({ post: seen_by_ada, name: "Ada", body: "Mine first?" });
    Comment.objects.create({ post: seen_by_linus, name: "Linus", body: "No, mine." });
    this.assertEqual(stored_count(1), 2);
  }
}
