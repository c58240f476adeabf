extension BuiltinLexicon {
    /// Families of the insult domain (same line format as `core`).
    /// Round 5: slang insult nouns read only when aimed (InsultRules), insulting
    /// comparisons, profanity said to someone, creative spellings, single-word slurs,
    /// and clean neighbours (place names, Portuguese "puto", German "dick").
    static let insultFamilies = #"""
# ---------------------------------------------------------------- round 5: insults, profanity, obfuscation
# Slang insult nouns, innocent alone ("the clown boss", "goblin mode", "npc dialogue",
# "turn the knob"): InsultRules reads them only in a frame aimed at a person
# ("you absolute dropkick", "what a tool.", "bro is a bot", "plays like an npc",
# "imagine being this much of a crybaby"). slanghi counts 0.75 when aimed, slanglo 0.6.
=slanghi	bozo,bozos;muppet,muppets;knob,knobs;tool,tools;drongo,drongos;galah,galahs;dropkick,dropkicks;neckbeard,neckbeards;manchild,manchildren;fraud,frauds;weirdo,weirdos;crybaby,crybabies;numpty;plonker;pillock;prat,prats;berk;wazzock;dipstick;dingbat;doofus;nimrod;jabroni;soyboy;incel,incels;halfwit;nitwit;dimwit;dunce;buffoon;mamarracho;cenutrio;zoquete;blaireau;vollpfosten;hohlkopf;nonce,nonces
=slanglo	clown,clowns;npc,npcs;goblin,goblins;gremlin;melt,melts;donkey,donkeys;leech,leeches;simp,simps;bot,bots;liability;degenerate,degenerates;scrub,scrubs;normie,normies;tryhard,tryhards;peasant,peasants;snowflake;boomer;karen;potato;whale;beta;cuck;goober;git;dumbo;dingus;victime;naze;pfosten;lutscher;otario;palhaco;trouxa;mane;payaso;pringado;bouffon;guignol;lappen;opfer;troll;loser;virgin;rat;snake;worm;parasite
# Common nouns among them need a clear frame (not a bare "tool, not a toy").
=slangamb	tool,tools;knob,knobs;fraud,frauds;nonce,nonces
=insnoun	bozo;muppet;knob;tool;drongo;galah;dropkick;neckbeard;manchild;fraud;weirdo;crybaby;incel;simp;npc;donkey;leech;whale;normie;tryhard;scrub;karen;soyboy;degenerate;liability;potato;numpty;plonker;prat;dipstick;doofus
muppet,muppets	0.05	insult	t=0.55 noun
whale,whales	0.0	insult	t=0.5 noun
simp,simps	0.1	insult	t=0.5 noun
spastic,spastics,spaz,spazzes,spazz,spacker,spackers	0.45	slur	t=0.45 noun
abbo,abbos,boong,boongs,wog,wogs,dago,dagos,wop,wops,pikey,pikeys,yid,yids,sambo,sambos,jigaboo,jigaboos,zipperhead,zipperheads,bicot,bicots,youpin,youpins,mongoloide	0.8	slur	noun
porch monkey,porch monkeys,jungle bunny,jungle bunnies,camel jockey,sand monkey,sand monkeys,window licker,window lickers,batty boy,carpet muncher	0.9	slur
poof,poofs,poofter,poofters,lesbo,lesbos,lezbo,lezbos,lezzie,lezzies,lezzy,lezza,halfbreed,halfbreeds	0.6	slur	t=0.3 noun
kraut,krauts,jap,japs,chav,chavs,cripple,cripples,psycho,schizo,schizos	0.1	slur	t=0.45 noun
# "abo streamer": only before a person noun (German "Abo" is a subscription).
=slurattr	abo;abos
# Person nouns an insult can stand before: "simp mod", "d!ckh3@d m0d", "f🅰️ggot streamer".
=pnoun	streamer,streamers;mod,mods;ref,refs;admin,admins;player,players;teammate,teammates;jungler;viewer,viewers;chatter,chatters;host;caster;dev,devs;owner;guy;dude;kid;girl;boy;bloke;lad
# Subjects that point at a person: "bro is a bot", "chat is full of bozos".
=subj	bro,bros;bruh;dude,dudes;guy,guys;homie;lad,lads;mate;chat;streamer,streamers;mod,mods;ref,refs;dev,devs;admin,admins;kid;girl;boy;bloke;man
# Words that may follow an aimed slang noun ("you clown and", "a goblin who", "melt, get off").
=npend	of;at;much;still;tonight;today;lately;rn;now;always;and;or;who;that;with;irl;too;fr;tbh;ngl;af;honestly;im;imo;cant;couldnt;doesnt;really;actually;thinks;again;alive;ever;on;in;here;there;tho;though;smh;seriously;as;behavior;behaviour;like;lol;lmao;lmfao;bro;mate
# Intensifiers of a vocative: "what an absolute melt", "certified donkey", "proper muppet".
=intens	absolute,abso;certified;utter;total;complete;biggest;huge;massive;such;what;proper;right;bloody;flaming,flamin;fucking,freaking;actual;genuine;literal;typical;real;walking
# "npc behaviour", "incel take", "braindead gameplay"
=behav	behaviour,behaviours,behavior,behaviors;take,takes;gameplay;mentality;logic;mindset;opinion,opinions
=slangadj	braindead;brainless;clueless;cringe;dogshit
# Comparisons that insult without an insult word.
=cmphead	iq;braincells,braincell;brain;charisma;maturity;comprehension;span;intellect;intelligence
=cmpadj	dumber;stupider;uglier;thicker;fatter;smellier;denser
=than	than
=likev	like;seem,seems,seemed;look,looks,looking;sound,sounds,sounding;play,plays,playing;act,acts,acting;smell,smells;type,types,typing;talk,talks,talking;drive,drives,driving;dress,dresses;aim,aims
=humanw	human;living;walking;real
=equiv	equivalent;version;embodiment
=pointw	point
# Compliments that end a comparison: "the human equivalent of a golden retriever".
=nice	retriever;sunshine;hug;hugs;puppy;teddy;cinnamon;angel;legend;blessing;gem;treasure;sweetheart;comfort;serotonin;dopamine;sunflower;cupcake
# Affection that makes mild teasing banter: "you're such a dork, I love it", "jk".
=banter	love;jk;jkjk;kidding;lovingly;affectionately;ily;ilysm
# "your self-esteem", "your self worth": not the reflexive.
=selfnoun	esteem;worth;confidence;care;control;respect;image;doubt;awareness;defense;defence;help;harm;made;taught;employed;isolation;conscious;centered;absorbed;improvement;portrait;discipline;love
# game things: an adjective on them is not aimed ("you mid laners")
=gamething	lane;laner;laners;loadout
# Adjectives aimed at a person only in these frames (alone: "this update is kinda mid", "thick fog").
youre mid,you are mid,ur mid,u r mid,youre so mid,you are so mid,ur so mid,u so mid,u r so mid,so mid it hurts	0.55	insult
youre thick,you are thick,ur thick,youre so thick,you are so thick,ur so thick,u r so thick,thick as a brick,thick as two short planks,thick as pig shit,youre so dense,you are so dense,ur so dense,how dense are you,how thick are you,are you slow,r u slow	0.55	insult
walking l,walking red flag,walking cringe,walking disappointment,walking embarrassment,walking joke,walking skill issue,walking l generator	0.05	insult	t=0.7
room temperature iq,negative iq,single digit iq,two brain cells,2 brain cells,one brain cell,1 brain cell,no brain cells,zero brain cells	0.05	insult	t=0.6
cry about it,cry more,go cry,cry harder,cry me a river,go cry to your mom,go cry about it,keep crying,cope harder,cope more,cope and seethe,cope seethe,seethe and cope,keep coping,stay mad,mald harder,stay malding,seethe harder	0.4	harassment
# Profanity said to someone.
f u,f you,eff you,eff off,frick off,frick you,frig off,up yours,up urs,shut the hell up,shut the heck up,shut the frick up,shut the fk up,shut yer gob,shut your gob,shut your trap,shut ur trap,shut your pie hole,shut your piehole,get fucked,go get fucked,sod off,bugger off,naff off,piss off,eat a dick,eat a dik,eat dick,eat a bag of dicks,eat my ass,gfy,foad,stfd,sit the fuck down,screw u,screw off,screw yourself,que te jodan,que te follen,vai a merda,vai pra merda,vai pra puta que pariu,va te faire voir,du kannst mich mal,kannst mich mal	0.75	harassment
# Compound profanity and insult nouns not caught by a glued prefix ("my aim is dogshit", "you twatwaffle").
dogshit,chickenshit,batshit,apeshit,jackshit,shithole,shitholes,shithouse,shitfaced,fuckload,fuckton,shitton	0.6	profanity
assclown,assclowns,assface,assmunch,dickbag,dickbags,dickweasel,dickbreath,twatwaffle,douchecanoe,shitbird,shitweasel,cumstain,knobjockey,wankface,fuckstick,thundercunt,shitass	0.8	insult	t=0.2 noun
# Creative spellings of strong words (forms share the term's id; phonetic retries in
# TextNormalizer cover ph→f, k→c, y→i, a final z→s).
fuck,fkn,fkin,fking,fukn,fukin,fuckn,fcuk,fuxk,fuxking,fcken,fkng	0.75	profanity	t=0.3 prefix
bitch,beyotch,beeyotch,biyatch,byatch,biotch,bytch,betch	0.75	insult	t=0.2 noun prefix
dick,dik,dikk	0.4	sexual	t=0.45 noun
dickhead,dikhead,dickheed	0.8	insult	t=0.2 noun
retard,retart,retardd,ritard	0.7	slur	t=0.4 noun
ass,azz,arse	0.4	profanity	t=0.3
asshole,azzhole,a55hole,assh0le	0.8	insult	t=0.2 noun prefix
=suck	suck,suk,sukk,suc
# ---------------------------------------------------------------- round 6: kinds still missed on blind6
# Comparisons: more traits a person "has the … of a …" ("the personality of unseasoned chicken",
# "the reaction time of a sloth", "the emotional range of a parking cone", "the aim of a stormtrooper").
=cmphead	personality,personalities;reaction,reactions;reflexes;humor,humour;vocabulary;memory;awareness;aim;skills;range;emotional;depth;vibe,vibes;sense;wit;taste;coordination;spine;confidence
# Compliments that end a comparison ("the aim of a god", "the memory of an elephant", "as smart as a genius").
=nice	god,gods;goddess;saint;lion;pro,pros;king;queen;champion,champ;hero;genius;eagle;hawk;ninja;surgeon;machine;elephant;cat;rockstar;prince;princess;star;superstar;friend,friends;bestie;family;home;therapy;fresh;breath;roses;vanilla;flowers;cookies;perfume;heaven;candy;good;great;best;amazing;awesome;kind;sweet;cares;care;caring;helps;help;helping;listens;inspires;inspiring;smile;happy;loves;lovely;wholesome;beautiful;wonderful;fantastic;brilliant;talented;honest;humble;generous;patient;loyal;supportive
# "as useful as a screen door on a submarine", "about as sharp as a marble", "as dumb as a rock".
=asadj	useful;helpful;smart;sharp;bright;funny;fun;interesting;entertaining;talented;skilled;intelligent;clever;charming;exciting;coordinated;dumb;stupid;thick;dense;dull;boring;slow;ugly;useless;annoying;intimidating;threatening;scary;relevant;important;competent;likable,likeable;attractive;witty;valuable;good
# Triggers read by InsultRules (dispatched by the word): "brain rot personified", "stupidity in human form",
# "you're the reason shampoo has instructions", "you're the kind of guy who …", "imagine being this bad",
# "least intelligent gamer alive".
=instrig	personified;incarnate;embodied;form;instructions;labels;label;warnings;lifeguard;manuals;tutorials;kind;type;sort;imagine;least
# Weak judgements read only in frames ("imagine being this bad", "how pathetic can one man be").
=negj	bad;terrible;awful;trash;garbage;washed;mid;slow;dense;thick;dumb;stupid;clueless;cringe;cringy,cringey;pathetic;delusional;incompetent;braindead;useless;boring;annoying;ugly;embarrassing;unwatchable;insufferable;obnoxious;talentless;worthless;hopeless;dogshit;laziness;arrogance;ignorance;entitlement;delusion;desperation;cowardice;greed;narcissism;insecurity;toxicity;misery;stupidity;incompetence;mediocrity;idiocy
=personn	gamer,gamers;streamer;chatter;viewer;adult;manchild
=pnoun	gamer,gamers
# Judgement adjectives aimed at a person count ("he's so incompetent", "this dude is so cringe";
# "this level is so cringe" has no person and stays clean).
incompetent,insufferable,cringe,cringy,cringey,obnoxious,unwatchable,delusional,talentless,spineless,clueless,braindead,brainless	0.05	insult	t=0.65
pathetic	0.1	insult	t=0.65
# Abstract nouns an insult is built from ("a walking disappointment", "stupidity personified").
disappointment,letdown,stupidity,incompetence,idiocy,mediocrity,cringefest,brain rot,brainrot,participation trophy,npc energy	0.0	insult	t=0.55 noun
# Slang insult nouns and compounds (aimed, vocative or after a copula).
mouth breather,mouth breathers,mouthbreather,mouthbreathers,knuckle dragger,knuckle draggers,knuckledragger,bottom feeder,bottom feeders,oxygen thief,oxygen thieves,basement dweller,basement dwellers,edgelord,edgelords,manbaby,man baby,sad sack,dirtbag,dirtbags,scumbucket,pissant,pissants,dingleberry,numbnuts,dumbdumb,fuckboi	0.3	insult	t=0.6 noun
big baby,crybaby,knowitall,keyboard warrior,keyboard warriors,clout chaser,clout chasers,attention seeker,attention seekers,goofball,goofballs,goober,goobers,dingbat,nimrod,dummy,dummies	0.05	insult	t=0.6 noun
parasite,parasites,leech	0.05	insult	t=0.55 noun
=slanghi	goofball,goofballs;goober,goobers;dingleberry;edgelord,edgelords;numbnuts;dirtbag,dirtbags
peaked in high school,peaked in highschool,peaked in middle school,peaked in elementary,peaked in elementary school,peaked in kindergarten,peaked in preschool,peaked in 8th grade,peaked in 7th grade,peaked in 6th grade,peaked in grade school,peaked in college	0.05	insult	t=0.65
never showered,havent showered,dont shower,doesnt shower,never touched grass,havent touched grass,never seen a woman,never talked to a girl,never touched a woman,still lives with his mom,still lives with his parents,still lives with your parents,still live with your parents,still living with his parents,still living with your parents,still lives with her parents,still lives with your mom,still live with your mom,lives in his moms basement,lives in your moms basement,live in your moms basement,living in his moms basement,living in your moms basement,in his moms basement,in your moms basement,in ur moms basement	0.1	insult	t=0.55
get a grip	0.25	harassment
only gets viewers because,only gets views because,only gets subs because,only gets donos because,only gets donations because,only gets attention because,only got famous because,only popular because,only has viewers because,only has subs because,only gets followers because,only got partner because	0.3	harassment
because shes a girl,cause shes a girl,cuz shes a girl,bc shes a girl,because shes a woman,cuz shes a woman,because shes female,because shes hot,cuz shes hot,bc shes hot,because of her boobs,because she has boobs,because she shows cleavage	0.3	harassment
# Profanity: participles of compound insults ("goddamn cocksucking level"), -ish adjectives.
cocksucking,cocksuckin,cock sucking,cocksucka,cocksuckas	0.85	profanity
dickish,cunty,cuntish,twattish,prickish,assholish	0.55	insult	t=0.3
# Places whose names read as a swear word.
target dummy,training dummy,crash test dummy,test dummy,for dummies,dummy account,twatt,bitchfield,lake cumming,cumming georgia,cumming ga,dildo newfoundland,dildo nl,town of dildo,titty ho	0.0	exempt
# ---------------------------------------------------------------- round 7: blind7's kinds
# "leeches off your health bar" is a verb: the plural is read only through the slang frames.
parasite,parasites	0.05	insult	t=0.7 noun
# Vermin and animal nouns said to a person, and adjectives stacked before them ("cringe ugly rat",
# "dumb cow", "you hardstuck monkey", "plays like a lobotomized hamster"): the slang frames and the
# adjective–noun pair read them only aimed or vocative ("a rat in the kitchen", "monkey build" stay clean).
=slanglo	pig,pigs;cow,cows;roach,roaches;slug,slugs;toad,toads;weasel,weasels;rodent,rodents;swine;hog,hogs;mutt,mutts;baboon,baboons;ape,apes;chimp,chimps;hyena,hyenas;vulture,vultures;walrus;hippo;monkey,monkeys;hamster;sheep;lemming,lemmings;vermin;virgins;troglodyte,troglodytes;caveman,cavemen;gremlins
=slanghi	parasite,parasites;dork,dorks;dogwater;smoothbrain,smoothbrains,smooth brain;peabrain,pea brain;cockroach,cockroaches;maggot,maggots;bottomfeeder
=insnoun	cockroach;roach;slug;toad;weasel;rodent;hog;mutt;baboon;chimp;hyena;walrus;hippo;vermin;dogwater;smoothbrain;troglodyte;sheep
=insadj	cringe;hardstuck;lobotomized,lobotomised;sweaty;unwashed;crusty;musty;scrawny;slimy;sleazy;lazy;entitled;spoiled,spoilt;balding;toothless;brainrotted;inbred;mouthbreathing;bottomfeeding;smoothbrained,smooth brained;dogwater;pathetic;worthless
# "absolute dogwater", "ur dogwater at this": trash-talk slang for a player (not "the dogwater bowl").
dogwater	0.05	insult	t=0.6 noun
smoothbrain,smoothbrains,smoothbrained,peabrain,peabrained,pea brained	0.05	insult	t=0.6 noun
balding	0.0	insult	t=0.5
# Sports and game roles are people: "that keeper is a brainless muppet", "our jungler is a bot".
=subj	chats;keeper,keepers;goalie,goalies;goalkeeper;striker;defender;coach;captain;pitcher;quarterback;qb;jungler;support;umpire;caster;commentator;teammate,teammates;carry;duo;squadmate;randoms;random
=pnoun	keeper;goalie;goalkeeper;striker;coach;jungler;umpire;caster;commentator;randoms
# "waste of oxygen" and its kin only describe a person.
waste of skin,waste of sperm,waste of carbon,waste of flesh,waste of a human,waste of a person,waste of a human being,waste of dna,waste of good oxygen,waste of perfectly good oxygen,waste of perfectly good air	0.55	harassment	t=0.45
absolute waste of oxygen,complete waste of oxygen,total waste of oxygen,utter waste of oxygen,such a waste of oxygen,absolute waste of air,complete waste of air,absolute waste of skin,walking waste of oxygen	0.3	harassment
zero talent,no talent,0 talent,zero skill,no skill,zero personality,no personality,zero charisma,no charisma,zero brain cells	0.3	insult	t=0.45
# Algospeak for suicide said to someone ("have u considered sewer slide"); a "sewer slide" level is clean.
sewerslide,sewer slide yourself,sewer slide urself,commit sewer slide,go commit sewer slide,considered sewer slide,consider sewer slide,try sewer slide,do a sewer slide,go sewer slide,commit toaster bath,take a toaster bath,toaster bath yourself,self delete already,go self delete,self delete pls,self delete please	0.85	harassment	neg
# Read by the round-7 rules in InsultRules (WordClass3 bits 32-41).
# "your face could curdle milk", "his breath could strip paint" (ruin): a part of a person and a ruining verb.
=partw	face;breath;voice;laugh;singing;cooking;haircut;hairline;smell;stench;mug;forehead;existence;personality;singing;aura
=ruinv	curdle,curdles;sour,sours;scare,scares;frighten,frightens;spook,spooks;strip,strips;peel,peels;wilt,wilts;kill,kills;crack,cracks;break,breaks;shatter,shatters;stop,stops;repel,repels;blind,blinds;gag,gags;traumatize,traumatizes,traumatise;offend,offends
# "you play like your monitor is turned off", "you cook like someone described food to you over the phone",
# "he talks like he's never met a woman": a doing verb, "like", and an absurd or disabling tail.
=likev	cook,cooks,cooking;sing,sings,singing;dance,dances,dancing;write,writes,writing;walk,walks;move,moves;think,thinks;build,builds;dribble,dribbles;edit,edits;stream,streams;rap,raps;speak,speaks;spell,spells;react,reacts;rotate,rotates;shoot,shoots;fight,fights;decide,decides;lead,leads;run,runs
=liketail	blind;blindfolded;blindfold;asleep;drunk;concussion;concussed;stroke;seizure;lobotomy;lobotomized,lobotomised;unplugged;mittens;oven;elbows;feet;toes;upside;backwards;sedated;sleepwalking;toddler,toddlers;grandma;grandpa;granny;potato;goldfish;hamster;described;explained;dialup;modem;lagging;turned;disconnected;closed;tranquilizer;anesthesia;dying;concussions;braindead;brainless;handless;paralyzed,paralysed
# "your IQ is lower than the room temp", "every word out of your mouth lowers the room's IQ".
=iqw	iq,iqs
=loww	lower,lowers,lowered,lowering,lowest;drop,drops,dropped,dropping;smaller;less;negative;single;decreases;shrinks;shrinking;temp;temperature;shoe
# "bro is a human typo", "you're a walking L", "what a living skill issue".
=flawn	typo,typos;error,errors;glitch;bug;l;npc;issue;spike;flag;trainwreck;disaster;mistake;headache;migraine;downgrade;landfill;fail;blooper;speedbump;yawn;sedative;facepalm;malware;popup;stain;tumor;hangnail;skidmark;pothole;ick;cringe;embarrassment;disappointment;letdown;dumpster;garbage;trash;cautionary;warning;participation
=humanw	human;walking;living;breathing
# "ratio + you're balding + your vods get 12 views": stacked mockery opening with "ratio".
=ratiow	ratio
=persona	personality,personalities
=worstw	worst
=npend	already;again;crying;typing;get;gets
# Words the round-7 rules compare by spelling once a rule has fired (a class-less line only makes them known words).
=words	let;played;touched;held;seen;used;heard;met;tasted;showered;learned;pressed;plugged;opened;spoken;talked;touching;holding;using;playing;first;never;mirror;mirrors;clock;clocks;glass;camera;cameras;lens;webcam;windows;could;would;can;might;up;down;bye;hey;off;cope;seethe;cry;crying;coping;seething;malding;harder;more;mute;ban;kick;block;report;timeout;boot;of;is;was;between;for;to;on;entire;whole;only;revolves;his;her;their;like;feels;smell;smells;bad;mid;slow;trash;garbage;little;old;one;thing;being;people;guys;players;mods;chat;what;it;bot;bots;ugly;stupid;dumb;hes;shes;theyre;trait;traits
=negj	sad;pitiful;miserable
# ---------------------------------------------------------------- round 8: banter, reported insults, traps
# Affection markers (InsultRules.banterAt checks each in its frame): "that's why we're friends", "my bestie",
# "still my duo", "my guy", "my favorite person", "you absolute legend", "(affectionate)", "love him",
# "i mean that in the nicest way", "i'm telling mom", "just joking".
=banter	friends;friend;bestie,besties;bff,bffs;duo;guy;favorite,favourite;homie;legend;affectionate,affectionately;endearingly;fondly;telling;nicest;kindest;joking;teasing;kidding;jk;jking
# "annoying ass", "bye broke ass": an adjective and "ass" ending the clause (InsultRules.adjAssRule).
=assw	ass;azz;arse
# A verdict after a comma ending the message ("…, pathetic", "…, embarrassing"): InsultRules.verdictRule.
=negj	embarrassing;laughable;shameful;disgraceful;pitiful
laughable,shameful,disgraceful	0.05	insult	t=0.5
# Judgement adjectives and slang names said to a person ("you're genuinely brain damaged", "such a pick-me",
# "rat-faced streamer", "washed up has-been").
brain damaged,braindamaged,brain dead,brain-dead,mentally deficient,lobotomized,lobotomised,room temperature brain	0.05	insult	t=0.65
pick me,pickme,pick mes,pickmes,pick me girl,pick me girls,pick me energy,pick me behavior,pick me behaviour	0.05	insult	t=0.65 noun
has been,has beens,hasbeen,hasbeens	0.0	insult	t=0.0
washed up has been,washed has been,washed up hasbeen,washed up loser,washed up nobody,washed up clown,washed up streamer,washed up has beens	0.55	insult
rat faced,ratfaced,pig faced,pigfaced,horse faced,horsefaced,dog faced,dogfaced,pizza faced,pizzaface,pizza face,ferret faced,weasel faced,potato faced,frog faced,troll faced,goblin faced,rat face,ratface,pig face,horse face,horseface,weasel face,butt faced,buttface,butt face,crater face,craterface	0.5	insult	t=0.6 noun
# Absurd losses and backhanded praise ("you'd lose an argument with a vending machine", "if bad decisions were
# a sport you'd finally be on the podium", "cute that you think anyone watches", "nothing going for them").
lose an argument with a,lose an argument to a,lose a fight with a,lose a fight to a,lose a staring contest with a,lose a staring contest to a,lose a debate with a,lose a debate to a,lose a game of chess to a,lose at checkers to a,lose to a toddler,get outsmarted by a,outsmarted by a,outplayed by a toaster,outsmarted by a toaster,outsmarted by a doorknob	0.05	insult	t=0.7
were a sport youd,was a sport youd,were a sport you would,was a sport you would,were a sport ud,were an olympic sport youd,was an olympic sport youd,were an olympic event youd,were a crime youd,was a crime youd,were a crime you would,was a crime you would,were a crime ud,was a crime ud,were a job youd,was a job youd,were a skill youd	0.6	insult
cute that you think,cute how you think,adorable that you think,adorable how you think,cute that u think,cute how u think,sweet that you think anyone,funny that you think anyone,funny how you think anyone,cute that you still think,adorable that you still think,cute you think anyone,cute u think anyone	0.55	harassment
nothing going for you,nothing going for them,nothing going for him,nothing going for her,nothing going for yourself,nothing going for ya,nothing going for u,nothin going for you	0.55	insult
not bad for a girl,pretty good for a girl,decent for a girl,good aim for a girl,good for a girl gamer,good for a girl streamer,not bad for a girl streamer,not bad for a girl gamer,not bad for a woman,pretty good for a woman,decent for a woman,smart for a girl,funny for a girl,not bad for a chick,good for a chick,pretty good for a chick	0.55	harassment
coming back with the milk,coming back with milk,back with the milk,back with that milk,back with the cigarettes,back with those cigarettes,still getting milk,still out getting milk,still buying milk,still buying cigarettes,still getting cigarettes,went to get milk and never,went out for milk and never,went for milk and never	0.05	harassment	t=0.75
brave of you to show that face,brave of you to show your face,brave of you to show ur face,bold of you to show that face,bold of you to show your face,brave to show that face,brave of you to go outside with that face,brave of you to stream with that face,brave of you to turn the cam on,bold of you to turn the cam on,brave of you to turn on the cam,brave of you to show that face on camera,takes guts to show that face,takes courage to show that face,brave to turn the cam on with that face	0.6	harassment
=liketail	dial;buffering;loading;windows95;airplane;toaster
# Reported insults ("the troll called her ugly", "keeps calling people idiots"): InsultRules.reportedRule.
=instrig	called;calling;calls;call;labeled;labelled;branded
=instrig	told;tells;telling
# The dik-dik is an antelope.
dik dik,dik diks,dikdik,dikdiks	0.0	exempt
# ---------------------------------------------------------------- round 9: kinds missed on blind9
# Stretched slurs whose real double letters the run collapse loses ("faaaagggooooot" reads as
# "faaggoot" or "fagot", and "fagot" is a bassoon): the forms with each stretched vowel kept double.
faggot,faaggot,faggoot,faaggoot,faggott,faaggott,faggoott,faaggoott,faggots,faaggots,faggoots,faaggoots	0.95	slur	t=0.5 noun prefix
nigger,niigger,niggeer,niiggeer,niggerr,niiggerr,niggeerr,niiggeerr,niggers,niiggers,niggeers,niiggeers	0.95	slur	t=0.5 noun prefix
nigga,niigga,niggaa,niiggaa,niggas,niiggas,niggaas,niiggaas	0.95	slur	t=0.5 noun prefix
# Strong slurs are nouns: before a person noun they are aimed ("the kike mods are banning everyone",
# "faggot streamer") even when the message also talks about bans.
kike,kikes	0.95	slur	t=0.5 noun
spic,spics,chink,chinks	0.85	slur	t=0.5 noun
gook,gooks	0.9	slur	t=0.5 noun
paki,pakis	0.8	slur	t=0.5 noun
tranny,trannies	0.85	slur	t=0.5 noun
gypo,gyppo,gypos,gyppos,gippo,gippos	0.7	slur	t=0.5 noun
=group	gypos;gyppos;gippos;pikeys;pakis;spics;chinks;kikes
=hdemonym	gypo;gyppo;gippo;pikey;kike;spic;chink;paki
# An insult noun that is the subject of what someone did ("bitch blocked me", "retard can't read the
# rules", "what a cunt move"): InsultRules.subjectInsultRule reads them even in talk about bans.
=instrig	bitch;cunt;retard;twat;whore;slut;wanker;dickhead;asshole;faggot;nigger;kike;tranny;spic;chink;gook;paki;why;reason
# Slang names said to a person only in a frame ("sit down dweeb", "this dweeb can't even aim"); "you nerd" is often fond.
=slanglo	dweeb,dweebs;fossil;dinosaur
# "imagine being 35 and this much of a failure", "you're a failure", "what a failure this guy is"
# (core: failure is a noun that counts only aimed).
=negj	failure;failures;disgrace
# "your mixes sound like a microwave full of forks": absurd or ugly things a person's work is likened to.
=words	microwave;microwaves;blender;forks;fork;dumpster;toilet;toilets;fart;farts;garbage;trash;landfill;sewer;nails;chalkboard;cat;cats;goat;goats;tin;can;cans;printer;modem;fax;dialup;vacuum;washing;machine;car;alarm;crash;crashing;screaming;dying;drowning;stairs;falling;blowing;mixes;mix;beats;beat;music;songs;song;tracks;track;art;drawings;drawing;content;vods;voice;singing;rapping;raps;lyrics;edits;edit;videos;video;face;hair;haircut;outfit;cooking;food;jokes;takes;streams;mic;audio;camera;cam;internet;wifi;connection;setup;room;game;pc;headset;fps;quality;sound;sounds;look;looks;looked;smell;smells;taste;tastes;read;reads;reading;talk;talking;speak;speaking;think;thinking;type;typing;spell;spelling;hear;hearing;stream;streaming;sing;rap;explain;argue;arguing;write;writing;count;counting;aim;aiming;play;playing;drive;driving;cook;trying;tries;try;cant;cannot;couldnt;even;still;keeps;dying;dies;died;dead;ruined;ruins;ruining;sucks;toxic;unwatchable;declining;downhill;failing;worse;quit;quits;quitting;left;leaving;hate;hates;nice;things;community;chat;server;stream;country;scene;game;gaming;move;thing;play;take;comment;post;decision;blocked;banned;muted;kicked;reported;deleted;timed;blocking;banning
# "who let you out like that", "who let this guy near a mic": mockery, mild alone, toxic stacked.
who let you out,who let u out,who let you out of,who let you near,who let u near,who let you on the internet,who let you online,who let you stream,who let you talk,who let u talk,who let you speak,who let you have a mic,who let you near a mic,who let you out the house,who let you leave the house,who let you dress,who let this guy,who let this clown,who let bro	0.35	insult
# "quit music", "quit rapping": a go-away order about someone's craft, mild alone ("quit music? never").
quit music,quit rapping,quit singing,quit producing,quit djing,quit making music,quit streaming already,quit while youre behind,quit life,quit art,quit drawing,quit editing,quit the scene,give up music,give up rapping,give up singing,give up streaming	0.35	harassment
# "what a useless waste of oxygen": an adjective before the waste.
useless waste of,pathetic waste of,worthless waste of,sad waste of,miserable waste of,stupid waste of	0.3	harassment
# "ur gf must be blind", "your wife must be desperate": mocking a partner's choice (said with "your": "my gf must be blind" is a joke on oneself).
your gf must be blind,your gf must be desperate,your gf must be deaf,your gf has to be blind,your gf is blind,your gf must be so desperate,your girlfriend must be blind,your girlfriend must be desperate,your girlfriend must be deaf,your girlfriend has to be blind,your girlfriend is blind,your girlfriend must be so desperate,your bf must be blind,your bf must be desperate,your bf must be deaf,your bf has to be blind,your bf is blind,your bf must be so desperate,your boyfriend must be blind,your boyfriend must be desperate,your boyfriend must be deaf,your boyfriend has to be blind,your boyfriend is blind,your boyfriend must be so desperate,your wife must be blind,your wife must be desperate,your wife must be deaf,your wife has to be blind,your wife is blind,your wife must be so desperate,your husband must be blind,your husband must be desperate,your husband must be deaf,your husband has to be blind,your husband is blind,your husband must be so desperate,your partner must be blind,your partner must be desperate,your partner must be deaf,your partner has to be blind,your partner is blind,your partner must be so desperate,your wifey must be blind,your wifey must be desperate,your wifey must be deaf,your wifey has to be blind,your wifey is blind,your wifey must be so desperate,your girl must be blind,your girl must be desperate,your girl must be deaf,your girl has to be blind,your girl is blind,your girl must be so desperate,your man must be blind,your man must be desperate,your man must be deaf,your man has to be blind,your man is blind,your man must be so desperate,ur gf must be blind,ur gf must be desperate,ur gf must be deaf,ur gf has to be blind,ur gf is blind,ur gf must be so desperate,ur girlfriend must be blind,ur girlfriend must be desperate,ur girlfriend must be deaf,ur girlfriend has to be blind,ur girlfriend is blind,ur girlfriend must be so desperate,ur bf must be blind,ur bf must be desperate,ur bf must be deaf,ur bf has to be blind,ur bf is blind,ur bf must be so desperate,ur boyfriend must be blind,ur boyfriend must be desperate,ur boyfriend must be deaf,ur boyfriend has to be blind,ur boyfriend is blind,ur boyfriend must be so desperate,ur wife must be blind,ur wife must be desperate,ur wife must be deaf,ur wife has to be blind,ur wife is blind,ur wife must be so desperate,ur husband must be blind,ur husband must be desperate,ur husband must be deaf,ur husband has to be blind,ur husband is blind,ur husband must be so desperate,ur partner must be blind,ur partner must be desperate,ur partner must be deaf,ur partner has to be blind,ur partner is blind,ur partner must be so desperate,ur wifey must be blind,ur wifey must be desperate,ur wifey must be deaf,ur wifey has to be blind,ur wifey is blind,ur wifey must be so desperate,ur girl must be blind,ur girl must be desperate,ur girl must be deaf,ur girl has to be blind,ur girl is blind,ur girl must be so desperate,ur man must be blind,ur man must be desperate,ur man must be deaf,ur man has to be blind,ur man is blind,ur man must be so desperate	0.6	insult
# "your mom should've had an abortion", "your dad should have pulled out": a wish never to have been born.
should have had an abortion,shouldve had an abortion,should of had an abortion,shoulda had an abortion,should have pulled out,shouldve pulled out,should of pulled out,shoulda pulled out,should have swallowed,shouldve swallowed,should of swallowed,shoulda swallowed,should have used a condom,shouldve used a condom,should of used a condom,should have used protection,shouldve used protection	0.0	harassment	t=0.6
# "you're the reason your parents split up": a break-up is a family rejection for the core reason rule.
=reject	split;divorced;divorce;separated;splitting
# Starving said to someone ("starve a bit more, you're still huge"); "don't starve" is a game and is negated.
starve yourself,starve urself,go starve,keep starving yourself,starve a bit more,starve some more,starve harder,starve a little more,starve more	0.6	harassment	neg
# ---------------------------------------------------------------- clean neighbours
# Place names (Fucking, Austria; Phuket is guarded in TextNormalizer.gluedRest),
# Portuguese "puto" (a kid), German "dick" (thick) after an adverb.
fucking in austria,fucking austria,fucking village,fucking sign,fugging	0.0	exempt
o meu puto,meu puto,o teu puto,teu puto,era puto,era um puto,eramos putos,os putos,uns putos,o puto,um puto,quando era puto,putos da escola	0.0	exempt
your self esteem,your self worth,your self confidence,your self respect,your self control,your self image,ur self esteem,ur self worth	0.0	exempt
ist echt dick,ist sehr dick,ist so dick,ist ziemlich dick,ist richtig dick,ist voll dick,ist mega dick,ist viel zu dick,ist extrem dick,ist wirklich dick,sind dick,sind zu dick,echt dick,sehr dick,ziemlich dick,richtig dick,viel zu dick	0.0	exempt
# ---------------------------------------------------------------- round 10: blind10's false positives, by kind
# Affection (InsultRules.warmBanterAt): a warm adjective before a name said to someone ("you cheeky bastard",
# "you magnificent weirdo"), a teasing adjective before a warm noun ("you dumb genius"), "you're the best".
=banter	beautiful;magnificent;cheeky;glorious;lovely;gorgeous;brilliant;wonderful;adorable;cute;majestic;precious;handsome;sweet;marvelous;marvellous;fabulous;talented;lucky;clever;gifted;amazing;wholesome;genius;geniuses;king;queen;angel;gem;hero;champ;sweetheart;darling;best
# Crude names said of oneself (InsultRules.selfDeprecationRule): "i'm a dumbass, i subbed twice".
=instrig	dumbass;dumbasses;jackass;smartass;fatass;dumbarse;bastard;prick;douche;douchebag;scumbag;moron;imbecile;cretin;twit;pillock;plonker;knobhead;bellend
# Idioms of praise: "drop dead gorgeous" (not a wish).
# ---------------------------------------------------------------- round 11: spellings and frames missed on blind11
# Clipped spellings of compound profanity ("dumbfuk", "mutha fuka").
dumbfuk,dumbfuc,dumfuk,dumfuck,dumbfk,dumbfck,dumbfux,dumbfuq	0.8	insult	t=0.3 noun
mutha fuka,mutha fucka,mutha fukka,motha fuka,motha fucka,mother fuka,mother fucka,mudda fucka,mutha fuker,muthafuka,muthafucka,mothafuka,mothafucka,muthafukka,mothafukka,mutherfucka,mutherfuka	0.85	profanity
# A man "in a dress" said of a trans person ("ur a man in a dress", "just a guy in a wig").
man in a dress,men in dresses,man in a wig,guy in a dress,guy in a wig,dude in a dress,dude in a wig,men in wigs	0.1	slur	t=0.6
# Clothing "begging to come off", a bedroom asked into.
begging to be ripped off,begging to be torn off,begging to be taken off,begging to come off,begging to be pulled off,show me your bedroom,invite me to your bed,let me in your bed,what she does in bed,what you do in bed,how she is in bed,how you are in bed	0.6	sexual
# ---------------------------------------------------------------- round 11: blind11's false positives, by kind
# Fond names said straight to someone (InsultRules.fondNameAt): "you dork, you walked into the wall again",
# "shut up you goof", "you big dummy"; self-owning acts (selfOwnedAt): "clown behaviour from me tonight".
=banter	goof,goofs;dork,dorks;goober,goobers;goofball,goofballs;dummy,dummies;gremlin,gremlins;nerd,nerds;doofus;dingus;nugget;behaviour;behavior;moment
drop dead gorgeous,drop dead beautiful,drop dead stunning,drop dead handsome,drop dead sexy,drop dead hot,drop dead cute,drop dead funny,drop dead hilarious,drop dead amazing,drop dead perfect,drop dead pretty,drop dead fabulous,drop dead brilliant,drop dead lovely	0.0	exempt
# ---------------------------------------------------------------- session 4: clean traps of the training batches, by kind
# Tools, crafts and breeding terms named like insults: "a new hoe for the allotment", "bastard file", "bastard sword",
# "prick the sausages", "prick out the seedlings", "jackass penguins", "the sire and the bitch", "volcanic dyke",
# "the Dutch dykes", a village or mountain named Wank ("Wank mountain in Bavaria").
new hoe,garden hoe,the hoe and,hoe and rake,hoes and rakes,hoes and a rake,hoe the,a hoe to,dutch hoe,draw hoe,stirrup hoe,hoe for the,hoes for the,two new hoes,new hoes	0.0	exempt
bastard file,bastard files,bastard cut,bastard sword,bastard swords,bastard saw,bastard mill,bastard amber,bastard trowel	0.0	exempt
prick the sausages,prick the sausage,prick the potatoes,prick the skin,prick the film,prick it with a fork,prick them with a fork,prick out the,prick out seedlings,prick out,pricked out,pricking out	0.0	exempt
jackass penguin,jackass penguins	0.0	exempt
# Portuguese "piranha" (a slut) is also the fish and Mario's plant.
piranha plant,piranha plants,piranha fish,pet piranha,my piranha,the piranha,the piranhas,piranha tank,piranhas in,piranha in the,piranha bite,piranha bites,piranha infested	0.0	exempt
pussy willow,pussy willows,pussywillow,pussywillows	0.0	exempt
# British "the fag end" is the last, worn bit of something (a cigarette's stub, the day, a season).
fag end,fag ends	0.0	exempt
# The old English "faggot": a bundle of sticks, and the British meatball ("faggots and peas").
faggots and peas,faggots and mash,faggots and gravy,faggots in gravy,pork faggots,faggot of sticks,faggots of sticks,faggot of wood,faggots of wood,faggot of firewood,faggots of firewood,bundle of faggots	0.0	exempt
# The loser of a bet between friends: "loser buys coffee next time", "loser of the bet streams in a onesie".
loser buys,loser pays,losers buy,losers pay,loser of the bet,loser of the bet has to,loser has to buy,loser buys the,loser buys coffee	0.0	exempt
sire and bitch,sire and the bitch,bitch and sire,the bitch whelped,bitch whelped,bitch had a litter,bitch is in whelp,brood bitch,brood bitches,stud and bitch,dam and sire	0.0	exempt
volcanic dyke,volcanic dykes,basalt dyke,basalt dykes,igneous dyke,igneous dykes,dolerite dyke,dutch dykes,dutch dyke,building dykes,built dykes,the dykes held,sea dyke,sea dykes,river dyke	0.0	exempt
wank mountain,mount wank,the wank,wank in bavaria,auf den wank,am wank,zum wank,dorf namens fucking,village called fucking,village named fucking,offas dyke,offa dyke	0.0	exempt
# Pleasant smells end a comparison as praise: "you smell like a bakery", "your room smells like lavender".
=nice	bakery;lavender;sunscreen;summer;cookies;perfume;cologne;flowers;coffee;candles;cinnamon;spring;rain;ocean;pine;citrus;honey;popcorn
# More affection that makes teasing banter: "the human version of a loading screen and i adore you", "and we stan".
=banter	adore;adores;stan;stanning
# Session 4 (blind16's false positives, by kind): "you dweeb, that was the tutorial" is a fond name too.
=banter	dweeb,dweebs
# Session 5 (the training batches' false positives, by kind): "you weirdo, who puts pineapple on tacos", "@dani you absolute
# goblin, stealing my emote", "you're such a dork for reading the whole manual" are fond names too; said of a third person
# ("who gave this dork a mic") or with another insult ("shut up you smelly goblin") they stay insults.
=banter	weirdo,weirdos;goblin,goblins
# Session 6 (the waves' false positives, by kind): "you absolute muppet, you traded the holo for a common 😂", "@spindle
# you clown, i was about to say that 😭" are fond names too; "this clown can't aim", "what a muppet" are not said to anyone.
=banter	muppet,muppets;clown,clowns;numpty,numpties
=words	lol;lmao;lmfao;haha;hahaha;hilarious;funniest;funny;rofl
"""#
}
