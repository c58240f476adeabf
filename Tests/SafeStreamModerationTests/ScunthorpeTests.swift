import Testing

@Suite struct ScunthorpeTests {
    @Test(arguments: ["Scunthorpe", "assassin", "classic", "cocktail", "Essex", "Sussex", "therapist", "Dickens",
                      "cumulative", "analysis", "Penistone", "shiitake", "bass", "title", "cockpit", "peacock", "Hancock",
                      "assume", "grass", "cucumber", "document", "Arsenal", "button", "shell", "Middlesex", "Cockermouth",
                      "niggle", "snigger", "Nigeria", "raccoon", "spicy", "titan", "hello", "computadora", "disputa",
                      "reputación", "Konstitution", "Bitte schön", "Schwanzflosse", "fire retardant", "homo sapiens",
                      "summa cum laude", "Moby Dick", "cul-de-sac", "Pussy Riot", "spic and span", "cock-a-doodle-doo"])
    func wordsContainingBadSubstringsAreClean(word: String) {
        #expect(!toxic(word), "\(word) \(score(word))")
        #expect(!toxic("I love \(word), honestly"), "\(word)")
    }
}
