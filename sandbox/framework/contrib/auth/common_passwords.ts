/**
 * A small list of very common passwords for CommonPasswordValidator. Django ships about
 * 20,000 (common-passwords.txt.gz); mvt keeps the head of such lists inside the
 * framework so the sandbox needs no download. Give the validator `password_list` for more.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon",
  "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969", "shadow", "master", "666666",
  "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212",
  "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
  "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "2000", "charlie",
  "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer",
  "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777",
  "pass", "maggie", "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer",
  "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321", "dallas",
  "austin", "thunder", "taylor", "matrix", "password1", "password123", "admin", "welcome", "login", "qwerty123",
  "passw0rd", "1q2w3e4r", "1q2w3e", "qwe123", "zaq12wsx", "secret", "test", "test123", "changeme", "default",
  "administrator", "root", "toor", "guest", "letmein1", "welcome1", "abcdef", "abcd1234", "google", "mypassword",
];
