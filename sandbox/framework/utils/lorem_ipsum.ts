/** Placeholder text for `{% lorem %}`, as Django's utils/lorem_ipsum.py. */
import { choice, randint, sample } from "./random";

const COMMON_P =
  "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.";

const WORDS = (
  "exercitationem perferendis perspiciatis laborum eveniet sunt iure nam nobis eum cum officiis excepturi odio consectetur quasi aut quisquam vel eligendi " +
  "itaque non odit tempore quaerat dignissimos facilis neque nihil expedita vitae vero ipsum nisi animi cumque pariatur velit modi natus iusto eaque sequi illo " +
  "sed ex et voluptatibus tempora veritatis ratione assumenda incidunt nostrum placeat aliquid fuga provident praesentium rem necessitatibus suscipit adipisci " +
  "quidem possimus voluptas debitis sint accusantium unde sapiente voluptate qui aspernatur laudantium soluta amet quo aliquam saepe culpa libero ipsa dicta " +
  "reiciendis nesciunt doloribus autem impedit minima maiores repudiandae ipsam obcaecati ullam enim totam delectus ducimus quis voluptates dolores molestiae " +
  "harum dolorem quia voluptatem molestias magni distinctio omnis illum dolorum voluptatum ea quas quam corporis quae blanditiis atque deserunt laboriosam " +
  "earum consequuntur hic cupiditate quibusdam accusamus ut rerum error minus eius ab ad nemo fugit officia at in id quos reprehenderit numquam iste fugiat " +
  "sit inventore beatae repellendus magnam recusandae quod explicabo doloremque aperiam consequatur asperiores commodi optio dolor labore temporibus repellat " +
  "veniam architecto est esse mollitia nulla a similique eos alias dolore tenetur deleniti porro facere maxime corrupti"
).split(" ");

const COMMON_WORDS = "lorem ipsum dolor sit amet consectetur adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua".split(" ");

function sentence(): string {
  const sections: string[] = [];
  for (let i = randint(1, 5); i > 0; i--) sections.push(sample(WORDS, randint(3, 12)).join(" "));
  const s = sections.join(", ");
  return (s[0] ?? "").toUpperCase() + s.slice(1) + choice(["?", "."]);
}

function paragraph(): string {
  const sentences: string[] = [];
  for (let i = randint(1, 4); i > 0; i--) sentences.push(sentence());
  return sentences.join(" ");
}

/** `count` paragraphs; the first is the classic "Lorem ipsum..." when `common`. */
export function paragraphs(count: number, common = true): string[] {
  const paras: string[] = [];
  for (let i = 0; i < count; i++) paras.push(common && i === 0 ? COMMON_P : paragraph());
  return paras;
}

/** `count` words, starting with the common "lorem ipsum..." words when `common`. */
export function words(count: number, common = true): string {
  let list = common ? [...COMMON_WORDS] : [];
  if (count > list.length) {
    let remaining = count - list.length;
    while (remaining > 0) {
      const c = Math.min(remaining, WORDS.length);
      remaining -= c;
      list = list.concat(sample(WORDS, c));
    }
  } else {
    list = list.slice(0, count);
  }
  return list.join(" ");
}
