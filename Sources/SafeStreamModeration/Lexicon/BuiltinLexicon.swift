/// The built-in lexicon, compiled into the automaton when a `LexiconModerator`
/// is created. Terms are written in plain spelling; they go through the same
/// normalization as messages (so "scheiße", "enculé" and "t'es" are fine).
///
/// Line formats (fields separated by TAB; `#` starts a comment line):
///
///   =class,class<TAB>w1,w2;w3,w4;...
///       Function words. Each `;` group shares one canonical id (so phrases
///       written with "you" also match "u", "ya"), and every word gets the
///       listed classes, which the context rules read.
///
///   form,form,...<TAB>weight<TAB>category[<TAB>options]
///       Scored terms. Forms of one term share a canonical id. A form with a
///       space is a phrase, matched over whole tokens by the phrase automaton.
///       weight: evidence when the term appears at all (0...1).
///       options: t=W   extra evidence when aimed at someone (second person,
///                      vocative, "he is a …"); noun — an insult noun (can be
///                      vocative or follow a copula); prefix — also matched as
///                      the start of a longer glued word ("fuckingidiot");
///                      neg — a negation right before it cancels the phrase.
///       category `exempt` marks phrases that make their words innocent
///       ("cum laude", "homo sapiens").
enum BuiltinLexicon {
    /// Everything the lexicon compiles, in order (later lines add classes and re-weight).
    static let text = [core, insultFamilies, menaceFamilies, foreignFamilies, sexualHateFamilies].joined(separator: "\n")

    /// Function words, the first families and the rounds that followed the
    /// first blind sets (docs/MODERATION.md). Newer families live in
    /// BuiltinLexicon+Insults, +Menace and +Foreign.
    static let core = #"""
# ---------------------------------------------------------------- function words
=second	you,u,ya,yu,yuo,yous,youse,ye;youll,youd,youve;your,ur,yer,yor;youre,yore,ure;yourself,urself,yourselves,yoself,uself,yourslef;yall,yalls;tu,toi,t;te;vous;du,dich,dir;dein,deine,deinen,deiner,deinem;eres;usted,vos;voce,vc,voces,vcs;teu,tua;seu,sua;ti;espece;thou,thee
=secondpre	te;t;dich;dir;matarte
=possessive	your;dein;teu;seu;ta;ton;tes;tu
=reflexive	yourself
=first	i;im;me,mi;my;myself;we;us;ill;ive;id;weve;imma,ima,ima;je,j;moi;ich,mich,mir;eu;yo;meu,minha;nous;wir;nosotros;mein,meine
=future	will,ll,wil;gonna,gon,gunna,finna;going;wanna;want;shall;voy;vou;vais;werde;vamos;vas;vai;wirst
=third	he;she;it;they;that;this;the;those;these;him;her;them;hes;shes;its;theyre;il;elle;ils;er;sie;ele;ela;el;ella;boss;game;enemy,enemies;mob,mobs;trap;lava;fall;gank;ult;combo;spawn;bot,bots;if;when;can;could;might;may;dont,don;cant;wont;not;never;didnt;doesnt
=person3	he;she;him;her;they;them;hes;shes;theyre;streamer;mod;mods;ref,referee;guy;dude;girl;player;teammate;admin;dev,devs;il;elle;ils;lui;er;sie;ihn;ele;ela;ella;tipo;cara;mec;typ;this guy
=copula	is;s;are;re;r;was;were;am;m;be;being;been;es;est;sont;ist;bist;sind;e;eh;sei;sao;soy;sou;suis;bin
=det	a;an;such;so;total;totally;complete;absolute;real;big;little;lil;un;una;une;ein;eine;einen;einer;um;uma;de;d;quel,quelle;what;tan;muy;voll;der;gross,gros;sale;pauvre;mega;fucking,freaking,effing;utter;massive;huge;tremendo;puto
=be	be;being;sei;sois;sea;seja
=neg	not;no;never;dont,don;isnt;arent;wasnt;werent;aint;cant;wont;didnt;doesnt;shouldnt;wouldnt;couldnt;havent;hasnt;nicht;kein,keine;pas;ne;nao;nunca;jamais;ni;nem;without;stop
=violent	kill,killing,kil,kills;end;murders;stabs;shoots;hurts;defoncer,defonce;murder,murdering,murda;stab,stabbing;shoot,shooting;hurt,hurting;strangle,strangling;choke,choking;rape,raping;slit;slaughter;behead;torture;punch;smack;matar,mato,mate;matarte;tuer,tue;toten,tote,umbringen;esfaquear;apunalar;poignarder;erstechen,abstechen;massacrer
=die	die,dies,died,dying;dead;death;cancer;aids;burn;rot;suffer;disappear;morir,muere,mueras,muera,morirte;mourir,meurs,meure,creve,creves,crever;sterben,stirb,stirbst,verrecke,verreckst,verrecken;morrer,morra,morre
=hope	hope,hoping,hopefully;wish;pray;espero,ojala,esperemos;espere,jespere,espoir;hoffe,hoffentlich;tomara
=should	should,shud,shld;deserve,deserves;need,needs;ought;must;deberias,debes,mereces;devrais,merites,dois;solltest,sollst,verdienst;deveria,merece,deve
=secondverb	deberias;debes;mereces;devrais;merites;solltest;sollst;verdienst;eres;bist;vas;wirst
=kin	family;life;mom,mum,mother,mama,momma;dad,father;kids;children;wife;sister;brother;friends;dog;house;home;parents;husband;girlfriend;boyfriend;son;daughter;familia;famille;familie;familia;mae;madre;mere;mutter;eltern;padres;parents;pais
=meta	word,words;term,terms;say,saying,said,says;swearing;cuss,cussing;cursing;filter,filtered,filters;censor,censored,censoring;ban,banned,bannable,banning;allowed;slur,slurs;means,meaning,meant;spell,spelled;typed;automod;flagged,flag;blocked;rule,rules;offensive;language;quote,quoted;report,reported;moderation;palabra,palabras;palabrota,palabrotas;insulto,insultos;mot,mots;insulte,insultes;wort,worter;schimpfwort,schimpfworter;beleidigung;palavra,palavras;palavrao,palavroes;xingar,xingamento;groserias;toxic,toxicity
# Bans in chat slang: "he got perma'd for telling someone to kys".
=meta	perma;permad;permaed;permabanned;permaban;permabans;timeout;timeouts;muted
=nobody	nobody,noone,nobdy;nadie;personne;niemand,keiner;ninguem
=everyone	everyone,everybody,evryone;todos;alle,jeder;tous;mundo;monde
=affect	likes;loves,love;wants,want;cares,care;misses,miss;supports,support;soporta,aguanta,quiere,extrana;supporte,aime;mag,vermisst,liebt;gosta,suporta,ama,aguenta
=hate	hates,hate;odian,odia;deteste,detestent;hassen,hasst;odeia,odeiam
=someone	someone,somebody;alguien;quelqu,quelquun;jemand;alguem
=cond	better;happier;favor,favour;mejor;mieux;besser;melhor
=interj	lol;lmao;lmfao;rofl;xd;haha,hahaha,jaja,jajaja,kkk,kkkk,mdr;bro;ok,okay;hey;oi;dude;man;omg;pls,please;just

# ---------------------------------------------------------------- English profanity
fuck,fucks,fucked,fucking,fuckin,fucken,fuk,fuking,fuked,fck,fcking,fcked,fuq,phuck,phuk,fucc,frick	0.75	profanity	t=0.3 prefix
fucker,fuckers,fuckface,fuckhead,fuckwit,fucktard,fuckboy,fuckin idiot	0.85	insult	t=0.3 noun prefix
motherfucker,motherfuckers,motherfucking,mofo,mf,mfer,muthafucka,mothafucka,motherfuckin	0.9	profanity	t=0.3 noun prefix
shit,shits,shitty,shitting,shite,sht,shyt,bullshit,horseshit,shitshow,shitpost,shittier,shittiest,shittily,shitted,shitter,shitters,shitload,shitloads,shitposting,shitposts,shitey,bullshitting,bullshitter,bullshitters,shitfuckery,shitfuck	0.6	profanity	t=0.3
shithead,shitheads,dipshit,dipshits,shitface,shitstain,shitstains,shitbag,shitbags,dumbfuck,dumbfucks,fuckwad	0.8	insult	t=0.3 noun
crap,crappy	0.2	profanity	t=0.4
damn,dammit,damnit,goddamn,goddamnit	0.2	profanity
hell	0.1	profanity
wtf	0.3	profanity
stfu	0.7	harassment
gtfo	0.6	harassment
asshole,assholes,arsehole,asshat,asshats,asswipe,asswipes,azzhat,azzhole,azzholes	0.8	insult	t=0.2 noun prefix
ass,arse	0.4	profanity	t=0.3
dumbass,dumbasses,jackass,jackasses,smartass,fatass,fatasses,dumbarse	0.6	insult	t=0.3 noun
bitch,bitches,bitchy,bitching,biatch,bich,bitchass	0.75	insult	t=0.2 noun prefix
sonofabitch,son of a bitch,son of a whore	0.85	insult	noun
bastard,bastards	0.6	insult	t=0.3 noun
cunt,cunts	0.9	insult	t=0.1 noun prefix
dick	0.4	sexual	t=0.45 noun
dickhead,dickheads,dickface	0.8	insult	t=0.2 noun
prick,pricks	0.5	insult	t=0.3 noun
cock	0.45	sexual	t=0.3
cocksucker,cocksuckers	0.9	insult	noun
twat,twats	0.75	insult	t=0.2 noun
# Adjectives of the insult nouns (wave 8's misses: "shittiest", "chinky", "lezzies" scored nothing).
twatty,skanky,whorish	0.6	insult	t=0.3
wanky	0.35	profanity
wanker,wankers,tosser	0.75	insult	t=0.2 noun
wank,wanking	0.5	sexual
bollocks	0.4	profanity
piss,pissed	0.3	profanity
pissoff	0.5	harassment
douche,douchebag,douchebags	0.6	insult	t=0.3 noun
scumbag,scumbags	0.65	insult	t=0.3 noun
# ---------------------------------------------------------------- English insults
idiot,idiots,idiotic,idiotin,idiotinnen	0.45	insult	t=0.6 noun
moron,morons,moronic	0.5	insult	t=0.6 noun
imbecile,imbeciles	0.5	insult	t=0.6 noun
cretin,cretins	0.5	insult	t=0.6 noun
retard,retards,retarded,tard,tards	0.7	slur	t=0.4 noun
loser,losers	0.35	insult	t=0.6 noun
stupid	0.15	insult	t=0.6
dumb,dumbo	0.15	insult	t=0.6
braindead,brainless	0.3	insult	t=0.6
pathetic	0.1	insult	t=0.6
worthless	0.2	insult	t=0.65
useless	0.05	insult	t=0.55
trash,garbage,rubbish	0.0	insult	t=0.6
ugly	0.1	insult	t=0.6
fat	0.0	insult	t=0.45
disgusting	0.1	insult	t=0.55
clown,clowns	0.05	insult	t=0.55 noun
scum	0.5	insult	t=0.4 noun
pig,pigs	0.0	insult	t=0.55 noun
freak,freaks	0.1	insult	t=0.5 noun
creep,creepy	0.1	insult	t=0.5 noun
bozo	0.2	insult	t=0.5 noun
skank,skanks	0.75	insult	t=0.2 noun
slut,sluts,slutty	0.8	insult	t=0.2 noun
whore,whores	0.8	insult	t=0.2 noun prefix
hoe,hoes	0.3	insult	t=0.5 noun
thot,thots	0.6	insult	t=0.3 noun
simp	0.1	insult	t=0.35 noun
incel	0.3	insult	t=0.4 noun
noob,n00b,nub	0.05	insult	t=0.3 noun
waste of space,waste of oxygen,waste of air,waste of life	0.45	harassment	t=0.45
piece of shit,piece of crap,piece of garbage,piece of trash	0.7	insult	t=0.25
you suck,u suck,you stink,you are nothing,youre nothing	0.6	insult
eat shit	0.75	harassment
suck my dick,suck my cock,suck my balls,suck a dick	0.9	sexual
screw you	0.65	harassment
shut up	0.3	harassment	t=0.3
shut the fuck up,shut the f up,stfuu,shut your mouth,shut ur mouth,shut your face	0.7	harassment
fuck you,fuck u,fuck ya,f off,fuck off,fuck yourself,fuckyou,fuckoff,fuck ur mom,fuck your mother,fuck your mom,go fuck yourself,fk you,fk off	0.9	harassment
go to hell,rot in hell,burn in hell	0.55	harassment
get lost	0.25	harassment
nobody asked	0.15	harassment
# ---------------------------------------------------------------- slurs
nigger,niggers,nigga,niggas,niga,nigas,nibba,nibbas,sandnigger,sandniggers,nigglet,nigglets,niglet,niglets	0.95	slur	prefix
faggot,faggots,fag,fags,faggy,faggotry,faggoty,faggit,faggits,fagget,faggets	0.95	slur	prefix
fudgepacker,fudgepackers,fudge packer,fudge packers	0.9	slur	noun
pajeet,pajeets,muzzie,muzzies	0.85	slur	noun
retardfest,retardfests	0.7	slur
sperg,spergs,sperging,spergo	0.7	slur	noun
grope,groped,groping,gropes	0.45	sexual	t=0.3
# Wave 10's misses (session 6).
bootlicker,bootlickers,bootlicking	0.5	insult	t=0.3 noun
brainlet,brainlets	0.55	insult	t=0.3 noun
clap those cheeks,clap her cheeks,clap his cheeks,clap your cheeks,clap them cheeks,clap ur cheeks,clapping those cheeks,she can get it,he can get it,girl can get it,can get it all night	0.65	sexual	neg
smash or pass	0.5	sexual
made me hard,makes me hard,making me hard,got hard watching,got hard when,got hard looking,getting hard watching,getting hard looking,im getting hard,im hard just watching,im hard watching,im rock hard,im so hard rn	0.7	sexual	neg
lapdance,lapdances,lap dance,lap dances	0.45	sexual	t=0.3
me hard stuck,me hardstuck,makes me hard stuck,made me hard stuck,im hard stuck,im hardstuck	0.0	exempt
dyke,dykes	0.7	slur	t=0.5 noun
tranny,trannies	0.85	slur
spic,spics	0.85	slur
chink,chinks	0.85	slur
chinky	0.85	slur
darkie,darkies,darky	0.85	slur	noun
kike,kikes	0.95	slur
gook,gooks	0.9	slur
wetback,wetbacks	0.9	slur
beaner,beaners	0.85	slur
coon,coons	0.6	slur
towelhead,towelheads,raghead,ragheads	0.9	slur
paki,pakis	0.8	slur
gypo,gyppo	0.7	slur
shemale,shemales	0.75	slur
homo,homos	0.45	slur	t=0.3
go back to your country,go back to where you came from	0.75	harassment	ctx
# ---------------------------------------------------------------- sexual
porn,porno,pornhub	0.35	sexual
nudes	0.4	sexual
send nudes,show me your tits,show your tits,show us your tits,show me your boobs,show feet	0.85	sexual
pussy,pussies	0.65	sexual	t=0.2
cum,cumming,cumshot,cumslut	0.6	sexual
blowjob,blowjobs,handjob,rimjob	0.8	sexual
dildo	0.65	sexual
horny	0.45	sexual	t=0.4
tits,titties,titty	0.6	sexual
boobs,boobies	0.4	sexual
penis	0.3	sexual
vagina	0.3	sexual
dick pic,dickpic,nude pics	0.8	sexual
milf	0.55	sexual
jerk off,jerking off,jack off	0.65	sexual
sexy	0.1	sexual	t=0.25
rapist	0.7	threat
raped	0.75	threat
anal	0.35	sexual
sit on my face,sit on my dick,i want to fuck you,wanna fuck you	0.9	sexual
# ---------------------------------------------------------------- threats & harassment (phrases)
kys,kill yourself,kill yourselves,kill your self,go kill yourself,neck yourself,hang yourself,end yourself,unalive yourself,off yourself,shoot yourself,kill ur self	0.95	harassment	neg
go die,just die,die in a fire,drop dead,please die,pls die,go and die	0.85	harassment	neg
# "die already" said bare (round 11: "d̈ïë already" folds to it); "why won't it die already" is negated.
die already,die allready,die alredy,die off already,go die already,die already pls,die already please	0.6	harassment	neg ctx
jump off a bridge,drink bleach,go drink bleach,jump off a cliff	0.85	harassment	neg
get cancer,i hope you get cancer	0.8	harassment
nobody likes you,no one likes you,noone likes you,nobody loves you,no one loves you,nobody would miss you,no one would miss you,noone would miss you,nobody will miss you,no one will miss you,nobody cares about you,no one cares about you,everyone hates you,everybody hates you	0.85	harassment
world would be better without you,world is better without you,better off dead,you should not exist,you shouldnt exist,you dont deserve to live,you do not deserve to live,your parents should have aborted you	0.85	harassment
i know where you live,know where you live,i know where u live,im coming for you,i am coming for you,sleep with one eye open	0.85	threat
watch your back,watch ur back	0.85	threat	ctx
i will find you,ill find you,i will hunt you down,ill hunt you down,hunt you down	0.55	threat
beat you up,beat u up,beat the shit out of you,beat your ass,kick your ass,break your legs,break your neck,break your face,smash your face,punch you in the face,slit your throat,cut your throat,burn your house	0.85	threat	neg
youre dead,you are dead,ur dead,youre dead meat	0.35	threat
make you suffer,make u suffer,gonna make you suffer,ill cut you,i will cut you,im going to cut you,cut you up	0.8	threat
you will regret this,youll regret this,you will pay for this,youll pay for this,you will regret it,youll regret it,youre gonna regret this,you are going to regret this	0.6	threat
go back to the kitchen,get back in the kitchen,make me a sandwich	0.7	harassment
brain dead,brainded	0.3	insult	t=0.55
disgrace,embarrassment,failure,joke,waste	0.0	insult	t=0.55 noun
naked	0.15	sexual	t=0.6
take your clothes off,take off your clothes,bend over,show me your body,send pics	0.7	sexual
regret being born,make you regret,ashamed to exist,stop existing,end your life,end ur life,do everyone a favor and die,do us a favor and die,do the world a favor and die	0.85	harassment	neg
find your house,come to your house,show up at your house,i know your address,i have your address,i found your address,i will find where you live	0.8	threat
# ---------------------------------------------------------------- exemptions
cum laude,summa cum laude,cock a doodle doo,pussy riot,pussy cat,pussy willow,spic and span,magna cum laude,homo sapiens,homo sapien,moby dick,philip k dick,dick grayson,dick tracy,dick turpin,dick barton,dick cheney,dick whittington,dick francis,inspector dick,detective dick,uncle dick,cul de sac,dick van dyke,hell yeah,hell no,shoot yourself in the foot,hancock,cut you a deal,cut u a deal,cut you some slack,cut u some slack,cut you a break,cut you in,cut you a check,cut you a slice,cut you a piece	0.0	exempt
# ---------------------------------------------------------------- Spanish
puta,putas,puto,putos,putita	0.7	insult	t=0.2 noun
hijo de puta,hijo de perra,hijueputa,hijoputa,hdp,malparido,malparida	0.9	insult	noun
mierda,mierdas	0.55	profanity	t=0.3
joder,jodete,jodido,jodida	0.5	profanity	t=0.3
vete a la mierda,vete al carajo,vete a la verga,chinga tu madre,chingatumadre,ctm,vete a la chingada	0.9	harassment
cabron,cabrona,cabrones,cabronas	0.55	insult	t=0.3 noun
pendejo,pendeja,pendejos,pendejas	0.6	insult	t=0.3 noun
gilipollas,gilipolla	0.65	insult	t=0.3 noun
pelotudo,pelotuda,boludo,boluda	0.3	insult	t=0.5 noun
idiota,idiotas	0.45	insult	t=0.6 noun
imbecil,imbeciles,imbecis	0.5	insult	t=0.6 noun
estupido,estupida,estupidos	0.15	insult	t=0.6
tonto,tonta,tontos	0.1	insult	t=0.55
subnormal,retrasado,retrasada,subnormales	0.55	slur	t=0.35 noun
maricon,maricones,marica,maricas	0.8	slur	noun
sudaca,sudacas	0.8	slur
culero,culera,culeros,culeras	0.6	insult	t=0.3 noun
mamon,mamona	0.35	insult	t=0.4 noun
perra,perras	0.3	insult	t=0.5 noun
zorra,zorras	0.4	insult	t=0.45 noun
carajo,chingada,chingar,chingado,pinche,verga,vergas,pinches,chinga,chingas	0.45	profanity	t=0.3
basura,escoria	0.0	insult	t=0.6 noun
inutil,inutiles	0.05	insult	t=0.55
feo,fea,feio,feia,moche,moches,hasslich,haesslich,hässlich	0.0	insult	t=0.55
callate,cállate la boca,cierra la boca,cierra el pico	0.3	harassment	t=0.3
nadie te quiere,nadie te ama,todos te odian,todo el mundo te odia,nadie te extrañaria,nadie te extranaria	0.85	harassment
matate,suicidate,ahorcate	0.95	harassment	neg
muerete,vete a morir	0.85	harassment	neg
se donde vives,yo se donde vives,romper la cara,partir la cara,te voy a romper	0.85	threat
me cago en tu madre,me cago en tus muertos,tu madre es una puta,chupala,chupamela	0.8	harassment
# ---------------------------------------------------------------- French
putain,ptn	0.5	profanity
merde,merdique	0.5	profanity	t=0.3
connard,connards,connasse,connasses	0.75	insult	t=0.2 noun
salope,salopes,salaud,salauds	0.8	insult	t=0.2 noun
encule,enculé,encules,enculer	0.8	insult	t=0.2 noun
pute,putes	0.7	insult	t=0.2 noun
fils de pute,fdp,nique ta mere,ntm,nique ta race,ta mere la pute,je baise ta mere	0.9	insult
va te faire foutre,va te faire enculer,va chier	0.85	harassment
batard,batards	0.6	insult	t=0.3 noun
abruti,abrutie,abrutis	0.5	insult	t=0.5 noun
debile,debiles	0.25	insult	t=0.55 noun
cretin,cretine	0.5	insult	t=0.55 noun
imbecile	0.5	insult	t=0.6 noun
nul,nuls,nulle	0.0	insult	t=0.55
bouffon,bouffons	0.2	insult	t=0.5 noun
pede,pedes,pd,tapette,tarlouze,tapettes	0.8	slur	noun
gouine	0.7	slur
bougnoule,bougnoules	0.9	slur
negre,negres	0.7	slur
garce,petasse,pouffiasse	0.65	insult	t=0.2 noun
mongol,mongole	0.35	slur	t=0.4 noun
t es con,tes con,t es conne,t es vraiment con,t es trop con,t es tellement con,t es completement con,vous etes cons,t es vraiment conne,quel con,quelle conne,espece de con,gros con,sale con,pauvre con,pauvre conne,bande de cons	0.75	insult
ta gueule,ferme ta gueule,ftg,ferme la	0.65	harassment
tais toi,casse toi,degage	0.3	harassment
trou du cul,leche cul	0.7	insult
personne ne t aime,tout le monde te deteste,personne ne te regrettera,personne ne te regretterait	0.85	harassment
tue toi,suicide toi,va mourir,va crever,creve	0.85	harassment	neg
je sais ou tu habites,je sais ou tu vis	0.85	threat
# ---------------------------------------------------------------- German
scheisse,scheiss,scheiße,scheis,scheise,kacke	0.5	profanity	t=0.3 prefix
arschloch,arschlocher,arschlöcher	0.8	insult	t=0.2 noun
arsch	0.4	profanity	t=0.4
fick,ficken,fickt,gefickt	0.65	profanity	t=0.3
fick dich,fick deine mutter,verpiss dich,leck mich,leck mich am arsch	0.85	harassment
hurensohn,hurensohne,hurensöhne,hure,huren	0.85	insult	noun
wichser,wixer,wixxer	0.8	insult	t=0.2 noun
fotze,fotzen	0.85	insult	noun
schlampe,schlampen,miststuck,miststück	0.8	insult	noun
missgeburt,missgeburten	0.85	insult	noun
vollidiot,vollidioten,idioten,schwachkopf,schwachkoepfe,schwachkopfe	0.6	insult	t=0.4 noun
depp,deppen,trottel,dummkopf,volltrottel,spacko	0.45	insult	t=0.5 noun
dumm,blod,blöd,bescheuert	0.1	insult	t=0.6
spast,spasti,spasten,mongo	0.7	slur	t=0.3 noun
behindert	0.2	slur	t=0.5
schwuchtel,schwuchteln	0.85	slur	noun
kanake,kanaken,neger	0.9	slur	noun
penner,versager	0.35	insult	t=0.5 noun
opfer,lauch	0.0	insult	t=0.5 noun
halt die fresse,halts maul,halt dein maul,halt die klappe,halt s maul	0.6	harassment
niemand mag dich,keiner mag dich,alle hassen dich,jeder hasst dich,niemand vermisst dich,niemand wurde dich vermissen	0.85	harassment
bring dich um,geh sterben,verreck,verrecke	0.85	harassment	neg
ich bring dich um,ich bringe dich um,schlag dich tot,schlage dich tot,mach dich fertig,ich weiss wo du wohnst,ich weiß wo du wohnst	0.9	threat
# ---------------------------------------------------------------- Portuguese
porra,caralho,krl,pqp,puta que pariu	0.5	profanity	t=0.3
merda	0.5	profanity	t=0.3
foda,foder,fodase,foda se,fodido,fodeu,fodida	0.6	profanity	t=0.3
vai se ferrar,vai te ferrar,acabar com voce,acabar com vc,vai se foder,vai te foder,vsf,vai tomar no cu,vtnc,tomar no cu,vai pro inferno	0.9	harassment
filho da puta,filha da puta,fdp	0.9	insult	noun
cuzao,cuzão,arrombado,arrombada,arrombados,arrombadas	0.75	insult	t=0.2 noun
babaca,otario,otaria,otarios,babacas	0.55	insult	t=0.4 noun
idiota	0.45	insult	t=0.6 noun
burro,burra	0.05	insult	t=0.6
lixo	0.0	insult	t=0.6 noun
viado,viada,sapatao,viados	0.75	slur	noun
bicha	0.2	slur	t=0.6 noun
macaco,macaca	0.0	slur	t=0.85 noun
corno,desgracado,desgraçado,vagabundo,vagabunda,vagabundas,cornos,desgraçada,desgraçados,desgraçadas	0.5	insult	t=0.4 noun
vadia,vadias,piranha,puta	0.7	insult	t=0.2 noun
buceta,bucetas	0.75	sexual
retardado,retardada	0.55	slur	t=0.35 noun
cala a boca,cala boca,cala sua boca	0.4	harassment	t=0.3
ninguem gosta de voce,ninguem gosta de vc,todo mundo te odeia,ninguem sentiria sua falta,ninguem vai sentir sua falta	0.85	harassment
se mata,vai morrer,va se matar,vai se matar	0.85	harassment	neg
eu sei onde voce mora,sei onde voce mora,sei onde vc mora	0.85	threat
# ---------------------------------------------------------------- families added after the blind set
# English insult nouns and compounds (with plurals)
muppet,muppets,numpty,numpties,halfwit,halfwits,nitwit,nitwits,dimwit,dimwits,dunce,dunces,nincompoop,buffoon,buffoons,oaf,oafs	0.3	insult	t=0.55 noun
twit,twits,pillock,pillocks,plonker,plonkers,knobhead,knobheads,bellend,bellends,dickwad,dickweed,wankstain,cockwomble,tosspot,tossers	0.65	insult	t=0.3 noun
clusterfuck,mindfuck,fuckery,shitstorm,shitload,shitfest	0.6	profanity
jerk,jerks	0.25	insult	t=0.5 noun
lowlife,lowlifes,degenerate,degenerates,maggot,maggots	0.35	insult	t=0.5 noun
parasite,parasites,crybaby,crybabies,weirdo,weirdos,troll,trolls	0.05	insult	t=0.45 noun
cuck,cucks,mong,mongs,mongoloid,mongolo,mongola,mongolos,mongolas	0.55	insult	t=0.3 noun
kiss my ass,kiss my arse,lick my ass,bite me	0.6	harassment
belong in the kitchen,belongs in the kitchen,back to the kitchen	0.7	harassment
# Spanish
culo	0.3	profanity	t=0.3
tonto del culo,que te den,que te den por culo,vete a tomar por culo,lameculos,soplapollas,comemierda,mamaguevo,mamahuevo,malnacido,malnacida,hijo de tu madre	0.8	insult	noun
capullo,capulla,huevon,huevona,weon,aweonao,tarado,tarada,pringado,pringada,baboso,babosa,bastardo,bastarda,desgraciado,desgraciada,guarra,guarro	0.4	insult	t=0.45 noun
payaso,payasa,cerdo,cerda,maldito,maldita	0.05	insult	t=0.5 noun
cono,coño,cojones,hostia	0.4	profanity	t=0.3
# French
enfoire,enfoiré,enfoires,raclure,raclures,sous merde,trou de balle,nique toi,va niquer ta mere,ta race	0.8	insult	t=0.2 noun
pauvre type,sale type,gros porc,sale porc,sale chien,sale chienne,sale merde,petite merde	0.6	insult
tocard,tocarde,tocards,cassos,boloss,bolosse,baltringue,chienne,ordure,ordures	0.3	insult	t=0.5 noun
guignol,clochard,guignols	0.05	insult	t=0.5 noun
# German
drecksau,dreckskerl,drecksack,dreckschwein,drecksfotze,scheisskerl,arschgeige,arschkriecher,mistkerl,pisser,nutte,nutten,kackbratze,spacken,wixxer	0.75	insult	t=0.2 noun
vollpfosten,hohlkopf,evolutionsbremse,honk,lappen,behinderter,behinderte,sau,schwein	0.2	insult	t=0.5 noun
verfickt,verfickte,verfickter,verdammt	0.5	profanity	t=0.3
# Portuguese
pau no cu,lazarento,lazarenta,putinha,escroto,escrota,canalha,safado,safada	0.55	insult	t=0.35 noun
trouxa,palhaco,palhaca,verme,vermes,nojento,nojenta,desgraca	0.2	insult	t=0.5 noun
bosta,cacete	0.45	profanity	t=0.3
# threats without swear words (all five languages)
your family is next,your kids are next,your family will pay,your family will suffer,you and your family	0.75	threat	neg
youre next,you are next,you will be next	0.35	threat	neg
you wont see tomorrow,you will not see tomorrow,you wont live to see,you wont wake up,you wont survive,you wont make it home	0.75	threat
never walk again,never see your family again,wont be able to walk	0.8	threat
find your address,find your ip,leak your address,dox you,doxx you,swat you,get my hands on you,wait till i find you,when i find you	0.75	threat	neg
te vas a arrepentir,te arrepentiras,me las vas a pagar,vas a pagar,te voy a encontrar,te encontrare,vas a morir	0.6	threat	neg
tu vas le regretter,tu vas regretter,tu vas payer,je vais te trouver,je te trouverai,je vais te retrouver,tu vas mourir	0.6	threat	neg
das wirst du bereuen,du wirst es bereuen,ich finde dich,ich werde dich finden,du bist tot,du bist dran,ich krieg dich	0.6	threat	neg
voce vai se arrepender,vai se arrepender,vou te achar,vou te encontrar,vou te pegar,voce vai pagar,vai pagar caro,voce vai morrer	0.6	threat	neg
# self-harm incitement (all five languages)
slit your wrists,cut your wrists,cut yourself,go cut yourself,go overdose,end it all,just end it,favor and end it,favour and end it,you should end it,go die in a hole,go play in traffic,jump in front of a train,step in front of a bus,do us all a favor	0.85	harassment	neg
tirate de un puente,cortate las venas,ojala te suicides,va te pendre,pends toi,va te tuer,va te suicider,jette toi d un pont,bring dich doch um,bring dich endlich um,hang dich auf,erhang dich,spring von der brucke,stirb,stirb doch,se enforca,vai se enforcar,pula da ponte,se joga da ponte,corta os pulsos	0.85	harassment	neg
# sexual harassment phrases the show/send rule does not cover
suce ma bite,montre ta bite,ma bite,open your legs,spread your legs,strip for me,strip for us,take it off for me,suck me off,blow me	0.75	sexual	neg
titten,nichons,muschi,tetas	0.4	sexual
suis creve,suis crevee,es creve,est creve,trop creve,completement creve,puto amo,sehr dick,zu dick,so dick,ganz schon dick,dick und	0.0	exempt
# ---------------------------------------------------------------- classes for the rules added after the blind set
=possessive	ur;yer;yor;deine;deinen;deinem;deiner;sua;tua;tus;teus;tuas;suas;seus;vos
=group	women;girls;females;men;immigrants;migrants;refugees;foreigners;illegals;gays;lesbians;homosexuals;queers;trannies;transgenders;muslims;moslems;jews;christians;catholics;hindus;blacks;whites;asians;mexicans;latinos;hispanics;africans;arabs;indians;pakistanis;gypsies;feminists;liberals;leftists;conservatives;mujeres;inmigrantes;extranjeros;negros;gitanos;judios;musulmanes;moros;latinos;indios;sudacas;feministas;femmes;immigres;etrangers;arabes;noirs;juifs;musulmans;gitans;homos;feministes;frauen;auslander;fluchtlinge;juden;muslime;schwarze;turken;zigeuner;schwule;migranten;asylanten;mulheres;imigrantes;estrangeiros;pretos;nordestinos;judeus;muculmanos;ciganos;refugiados
=groupmod	black;white;brown;trans;gay;jewish;muslim;asian;disabled;autistic;those;these;poor;indian;african;arab;mexican;foreign;illegal;chinese
=people	people;ppl;folks;gente;leute;gens;pessoas;personnes;menschen
=dehum	animals;animal;vermin;rats;cockroaches;roaches;parasites;subhuman;subhumans;savages;apes;monkeys;insects;pests;filth;filthy;scum;trash;garbage;inferior;disgusting;terrorists;criminals;thieves;rapists;pedophiles;pedos;freaks;abominations;abomination;degenerates;worthless;dogs;pigs;dirty;stupid;dumb;retarded;evil;lesser;untermenschen;mentally;diseased;animales;ratas;cucarachas;parasitos;basura;escoria;plaga;inferiores;asquerosos;asquerosas;terroristas;ladrones;criminales;sucios;cerdos;monos;bestias;mierda;lacra;animaux;cafards;vermine;ordures;dechets;sauvages;inferieurs;inferieures;degoutants;terroristes;voleurs;singes;porcs;chiens;merde;racaille;tiere;ratten;ungeziefer;kakerlaken;parasiten;abschaum;dreck;mull;minderwertig;schweine;affen;verbrecher;diebe;eklig;widerlich;gesindel;animais;ratos;baratas;parasitas;lixo;praga;nojentos;nojentas;ladroes;macacos;porcos;vermes;bandidos
=harm	break;breaking;smash;smashing;bash;kick;cut;slit;rip;crack;snap;beat;stomp;bust;cave;rearrange;knock;punch;tear;gouge;partir;parto;romper;rompo;cortar;reventar;revienta;casser;peter;exploser;defoncer;briser;brechen;brech;breche;schlagen;schlag;zertrummern;polieren;quebrar;quebro;arrebentar;arrebento;arrancar
=body	face;head;skull;neck;legs;leg;arms;arm;teeth;jaw;nose;throat;knees;kneecaps;fingers;ribs;bones;spine;eyes;cara;cabeza;piernas;cuello;dientes;boca;huesos;gueule;tete;nez;jambes;dents;cou;gesicht;fresse;kopf;beine;zahne;knochen;genick;schadel;cabeca;pernas;dentes;pescoco;ossos
=sexverb	show;shows;showing;send;sending;flash;suck;lick;touch;grab;rub;ride;see;manda;mandame;mande;muestra;muestrame;ensename;chupa;chupame;chupar;montre;montrez;envoie;suce;sucer;zeig;zeigt;schick;lutsch;blas;mostra;mostre;chupe
=sexbody	tits;titties;titty;boobs;boobies;breasts;nipples;nips;ass;butt;booty;pussy;dick;cock;penis;nudes;nude;vagina;tetas;culo;chocha;verga;polla;pene;pezones;nalgas;seins;nichons;fesses;cul;chatte;teub;titten;bruste;arsch;muschi;schwanz;nippel;pimmel;peitos;bunda;rabo;buceta;pau;rola;pica;mamilos
=mishap	drown;drowns;drowned;overdose;overdoses;tumor;tumour;tumors;ebola;covid;leukemia;raped;crash;crashes;paralyzed;paralysed
=gamething	boss;game;enemy,enemies;mob,mobs;trap;lava;fall;gank;ult;combo;spawn;bot,bots;level;map;gun;weapon;item;build;patch;update;lag;server;controller;keyboard;mouse;internet;wifi;queue;matchmaking
=gamectx	round;rounds;match;game;games;1v1;2v2;3v3;5v5;ranked;lobby;pvp;duel;raid;lvl;arena;gg;tournament;server;scrim;fortnite;minecraft;valorant;warzone;apex;chess;pubg;overwatch;csgo;dota;league;partida;partie;spiel;runde;jogo;rodada
=exterm	exterminate;exterminated;gas;gassed;deport;deported;eradicate;eradicated;wipe;wiped;lynch;lynched;purge;cleanse;exterminar;deportar;exterminer;vergasen;ausrotten;abschieben
# ---------------------------------------------------------------- moderation3: families for the weak kinds of blind2
# English insult nouns (aimed: "you coward", "what a fool"), body-shaming nouns
fool,coward,cowards,dolt,dolts,dullard,simpleton,simpletons,dork,dorks,dweeb,dweebs,wimp,wimps,weakling,weaklings,dingus,doofus,airhead,bonehead,blockhead,meathead,knucklehead,pinhead,numbskull,numskull,dumbdumb,nutjob,nutcase,hag,brat,whiner,slob,slobs,swine,bimbo,pleb,plebs,neanderthal,troglodyte,caveman,hobo,bum,leech,turd,turds,sissy,pansy,wuss,wussy,chump,sucker	0.05	insult	t=0.55 noun
fatso,fatty,fatties,lardass,lardo,landwhale,fatboy,porker,pigface,butterface,uggo	0.5	insult	t=0.4 noun
annoying	0.0	insult	t=0.45
spineless,gutless,inbred,senile,talentless,clueless,witless,gormless,mindless,insufferable,obnoxious,pitiful,miserable,filthy,greasy,smelly,stinky,obese,whiny,ignorant,incompetent,cringy,cringe,repulsive,revolting,vile,hideous,despicable	0.05	insult	t=0.5
# superlatives of derogatory adjectives ("the dumbest person here")
# Spanish / French / German / Portuguese insult nouns and adjectives
naco,naca,nacos,cobarde,cobardes,bobo,boba,zopenco,lerdo,lerda,cateto,paleto,garrulo,mema,mequetrefe,gordinflon,vergüenza,verguenza,desgracia,fracasado,fracasada,rata,ratas,asqueroso,asquerosa,mongolico,mongolica,patetico,patetica	0.05	insult	t=0.5 noun
minable,minables,plouc,beauf,couillon,andouille,nigaud,gogol,honte,pitoyable,degueulasse,crade,grosse vache,gros lard,gros tas	0.05	insult	t=0.5 noun
feigling,feiglinge,fettsack,fettsau,fettklops,spinner,schwachkopf,schwachmat,vollhorst,knallkopf,dodel,witzfigur,hackfresse,lusche,memme,weichei,warmduscher,assi,schande,erbarmlich,nutzlos,widerling,ekelhaft,lacherlich,feige,armselig	0.05	insult	t=0.5 noun
covarde,covardes,mane,boco,panaca,jumento,anta,mula,besta,energumeno,vaca,cadela,baranga,tapado,lesado,lesada,fracassado,fracassada,vergonha,baleia,gorducho,imundo,imunda,patetico,patetica	0.05	insult	t=0.5 noun
=insadj	spineless;gutless;inbred;senile;talentless;clueless;witless;gormless;mindless;insufferable;obnoxious;pitiful;miserable;filthy;greasy;smelly;stinky;obese;whiny;ignorant;incompetent;cringy;repulsive;revolting;vile;hideous;despicable;pathetic;worthless;useless;stupid;dumb;ugly;fat;disgusting;brainless;braindead;annoying;sad;weird;fake;creepy;dirty;little;old;stinking;stinkin;bloody;fucking;absolute;complete;total;pathetico;asqueroso;asquerosa;inutil;patetico;patetica;gordo;gorda;feo;fea;estupido;estupida;tonto;tonta;maldito;maldita;sucio;sucia;miserable;ridiculo;sale;gros;grosse;minable;pauvre;petit;petite;pitoyable;nul;debile;moche;dumm;dummer;dumme;dummes;blod;blode;blöder;hasslich;hassliche;hasslicher;fett;fette;fetter;elender;elende;dreckiger;dreckige;nutzloser;feiger;erbarmlicher;kleiner;nojento;nojenta;feio;feia;burro;burra;inutil;patetico;ridiculo;imundo;maldito;seu;sua
=insnoun	coward;cowards;fool;fools;hillbilly;hillbillies;redneck;rednecks;virgin;virgins;baby;nerd;nerds;geek;hack;donkey;excuse;cow;heifer;witch;clown;nobody;creature;snowflake;hobo;goblin;gremlin;pig;rat;worm;slob;freak;creep;weirdo;loser;troll;peasant;bum;turd;moron;idiot;dork;wimp;bitch;whore;slut;hag;brat;animal;beast;monkey;ape;swine;degenerate;maggot;parasite;leech;snake;cobarde;naco;naca;rata;cerdo;cerda;payaso;perro;perra;bicho;vaca;mono;lache;rate;chien;chienne;porc;vache;singe;boudin;feigling;hund;schwein;sau;affe;kuh;ratte;versager;lappen;opfer;covarde;anta;vaca;cadela;porco;macaco;rato;verme;jumento;mula;besta;palhaco;fracassado;fracassada;lixo;merda
=personn	person;people;human;humans;human being;player;players;streamer;streamers;guy;guys;man;men;woman;women;girl;kid;kids;dude;mod;mods;being;one;creature;thing;individual;loser;idiot;moron;clown;persona;tipo;jugador;personne;mec;type;joueur;mensch;typ;spieler;kerl;pessoa;cara;jogador
=superl	dumbest;stupidest;ugliest;fattest;lamest;grossest;creepiest;saddest;dummste;dummster;dummsten;hasslichste;hasslichster;blodeste;blodester
# self-harm incitement: method verbs with a reflexive, falls from a place, swallowing
=shverb	throw;hang;hanging;shoot;drown;off;neck;unalive;poison;starve;overdose;electrocute;cut;slit;burn;erhang;erhange;erhangen;erschiess;erschiesse;erschiessen;ertrank;ertranke;ertranken;aufhangen;vergiften;umbringen;pends;pend;pendre;jette;jeter;noie;noyer;tire;flingue;defenestre;empoisonne;suicide;enforca;enforque;enforcar;mata;mate;matar;joga;jogue;envenena;ahoga;ahorca;cuelga;suicida
=shself	ahorcate;cuelgate;suicidate;envenenate;ahogate;matate;mátate;pendstoi;tuetoi;enforquese;matese;suicidese
=shjump	jump;jumps;leap;tirate;lanzate;arrojate;avientate;tirarte;jette;jeter;saute;sauter;spring;springe;springen;sturz;sturze;sturzen;wirf;pula;pule;pular;joga;jogue;jogar;atira;atire
=shplace	bridge;building;roof;rooftop;cliff;window;balcony;skyscraper;train;bus;truck;traffic;tracks;highway;puente;edificio;techo;azotea;ventana;balcon;tren;metro;vias;acantilado;camion;pont;immeuble;toit;fenetre;falaise;metro;camion;brucke;dach;fenster;hochhaus;zug;klippe;gleise;lkw;ponte;predio;telhado;janela;trem;caminhao;penhasco;viaduto
=shingest	swallow;swallows;drink;drinks;chug;gulp;trink;schluck;avale;bois;bebe;bebete;traga;tragate;engole
=shobj	pills;pill;bleach;poison;cyanide;antifreeze;rat poison;pastillas;pastilla;lejia;veneno;cianuro;cachets;medocs;javel;poison;tabletten;pillen;bleichmittel;rattengift;comprimidos;remedios;chumbinho;agua sanitaria
# threats by stalking and doxxing: I/we + know/found/waiting + your house/address/school
=stalk	know;knew;found;find;have;got;waiting;wait;watching;following;outside;tracked;traced;sais;connais;trouve;trouver;attends;weiss;kenne;gefunden;finde;warte;kennen;wissen;sei;conheco;achei;encontrei;sabemos;conozco;encontre;tengo;tenemos;espero;sabemos
=place	house;address;school;workplace;office;home;ip;location;school;college;apartment;casa;direccion;escuela;colegio;trabajo;domicilio;maison;adresse;ecole;boulot;travail;lycee;haus;wohnung;schule;arbeit;arbeitsplatz;endereco;escola;trabalho;faculdade;apartamento
=where	where;donde;ou;wo;onde
=livev	live;lives;work;sleep;sleeps;park;stay;vives;trabajas;duermes;estudias;habites;vis;travailles;dors;wohnst;arbeitest;schlafst;moras;mora;trabalhas;trabalha;dormes;estudas
# mockery and rejection by a crowd or by family
=mock	rir;risa;rire;laugh;laughs;laughing;laughed;mock;mocks;mocking;despise;despises;ridicules;ridicule;moque;moquent;rit;rient;lachen;lacht;lachelt;verachten;verachtet;rie;rien;burlan;burla;desprecian;ri;riem;zoa;zoam;zomba;zombam;despreza;desprezam;cringe;cringes
=reject	ashamed;embarrassed;regret;regrets;regretted;disappointed;disowned;abandoned;left;leave;divorced;avergüenza;avergonzado;avergonzada;arrepiente;decepcionado;honte;regrette;decue;decu;schamt;bereut;bereuen;enttauscht;vergonha;arrepende;arrependem;decepcionada
=reason	reason;fault;razon;culpa;raison;faute;grund;schuld;motivo
=abort	aborted;abort;abortion;abortado;abortada;abortarte;abortar;avorter;avorte;avortee;abtreiben;abgetrieben;abortou
# sexual: undressing, nude photos, comments on a body
=clothes	top;shirt;tshirt;bra;clothes;pants;panties;knickers;underwear;dress;skirt;bikini;thong;lingerie;blouse;ropa;camiseta;sujetador;bragas;falda;vetements;fringues;haut;culotte;soutif;soutien;jupe;klamotten;kleider;oberteil;shirt;bh;hoschen;slip;rock;roupa;camisa;calcinha;sutia;blusa;saia
=stripv	take;rip;pull;lift;remove;quita;quitate;sacate;enleve;retire;zieh;tira;tire
=compl	nice;great;hot;sexy;juicy;perky;thicc;lovely;delicious;gorgeous;tasty;bonitas;buenas;ricas;jolis;belles;geile;geilen;schone;gostosa;gostosas;lindos
=sexbody	booty;bum;naked;nakey;topless;desnuda;desnudo;desnudas;nue;nu;nues;nackt;nacktbilder;nacktfotos;nacktbild;pelada;pelado;nua;nuas;encuerada;hintern;arsch;peitinhos;tetinhas;bunduda
=sexverb	drop;post;dm;mandes;mandame;envoies;envoyer;schicke;schickst;mande
# threats: waking up in a hospital, a ditch, a grave
=grave	ditch;hospital;grave;graves;morgue;wheelchair;coffin;cemetery;bodybag;icu;tumba;cementerio;ataud;silla;hopital;tombe;cimetiere;cercueil;krankenhaus;grab;rollstuhl;sarg;friedhof;caixao;cemiterio;uti;vala
=place2	rapids;creek;valley;county;city;lake;river;road;street;hound;hounds;dog;dogs;cat;cats;hunting;hunt;skin;skins;van;maine
=die	burns;burned;burnt
=everyone	whole;entire;ganze;todo;all
=affect	watches;watch;follows;listens;subscribes;reads;notices
=body	bone
=land	end;ending;wake;land;put;send;leave;terminar;acabar;despertar;mandar;finir;finiras;reveiller;envoyer;landen;aufwachen;enden;schicken;acordar;parar
=ogle	rack;thighs;curves;hips;cleavage;butt;booty;ass;tits;titties;boobs;legs
=dehumw	cancer;cancers;tumor;tumour;tumors;virus;infection;blight;burden;stain;curse;scourge;poison;infestation;cancro;cancer;krebs;krebsgeschwur;seuche;pest;geschwur;cancer;peste;lacra;plaga;praga;plague;disease;burros;burras;tontos;tontas;idiotas;idiots;stupides;betes;cons;connes;dumm;dumme;blod;blode;idioten;estupidos;estupidas;inutiles;nutzlos;inutiles;dreckig;schmutzig;sujos;sujas;sucios;sales
=should	shouldve;shoulda
=secondpre	haberte;tavoir
# idiomatic threats, per language
mach dich kalt,ich mach dich kalt,mach dich platt,ich mach dich platt,mach dich alle,du bist fallig,dich krieg ich,warte nur ab,du wirst dafur bezahlen,das wirst du bezahlen	0.75	threat	neg
te pego na saida,te pego la fora,te espero la fora,te espero na saida,voce vai me pagar,vai me pagar,vou te quebrar,vou te matar,voce ta morto,vc ta morto	0.75	threat	neg
te espero afuera,te espero a la salida,te voy a buscar,voy a buscarte,te voy a partir,estas muerto,eres hombre muerto,me las pagaras	0.75	threat	neg
tu vas le payer,tu vas me le payer,tu me le paieras,je t attends dehors,je t attends a la sortie,t es mort,tu es mort,t es un homme mort	0.75	threat	neg
you ll pay for this,you ll pay for that,you re dead meat,youre dead meat,you re a dead man,youre a dead man,dead man walking,beat the crap out of you,beat the hell out of you,kick the shit out of you,whoop your ass	0.75	threat	neg
# self-harm methods without a listed phrase
stop breathing,stop living,rope yourself,drown yourself,set yourself on fire,eat a bullet,eat a gun	0.85	harassment	neg
# sexual requests without a body word
take it off,take it all off,get naked,get nude,undress for me,undress,strip naked,strip for the chat,desnudate,quitate la ropa,desvistete,deshabille toi,a poil,mets toi a poil,zieh dich aus,zieh dich nackt aus,tira a roupa,fica pelada,fica nua,bend you over,bend over for me,on your knees for me	0.8	sexual	neg
# game and place names that contain a slur or a death word
die to,died to,dies to,dying to,die to the,coon rapids,maine coon,chink in the armor,chink in the armour,chink in his armor,van dyke	0.0	exempt
# ---------------------------------------------------------------- moderation4: kinds still weak on blind3
# threat verbs in es/fr/de/pt (with te/dich before them the violent rule reads subject and future)
=violent	matare,mataremos,matara,mataras,matamos;tuerai,tuera,tuerons,tuons;buterai;matarei,mataremos,matarao;tote,toten,totet;umbringe,umbringen;reventare;partire;
=violent	buter,bute;frapper,frappe;tabasser;bater,bato;espancar,espanco;surrar;golpear,golpeo;pegarte;verprugeln,verprugle;abknallen,abknalle;erschiessen;umlegen;apunalo;esfaqueio;bute;flinguer
=die	muerto,muerta,muertos;mort,morte;morto,morta;tot;bodybag
=future	va;vamos;allons;werden;vao
=gamectx	echecs;ajedrez;schach;xadrez;zone;snipers;sniper;loot;respawn;spawn;quest;dungeon
=gamething	zone;sniper;snipers
# veiled threats: a weapon in your body, a body bag; beatings
bullet in your head,bullet in ur head,bullet in your skull,bullet between your eyes,bullet in you,bullet through your head,knife in your back,knife in your throat,cap in your ass,in a body bag,in a bodybag	0.85	threat	neg
beat you senseless,beat you to death,beat you bloody,beat you black and blue,beat you half to death,dar una paliza,darte una paliza,te doy una paliza,te voy a dar,dar uma surra,te dar uma surra,vou te dar,bring dich um,bringe dich um,bring ich dich um,schlag dich tot,schlage dich tot,te defoncer,te casser	0.8	threat	neg
# a menace that needs a harm word nearby: mild alone, stacks with one
you wont see it coming,you will not see it coming,accidents happen,accidents can happen,ya veras,tu vas voir,du wirst sehen,voce vai ver,vai ver so	0.3	threat
# mild rejection: below the threshold alone, counts when stacked with an insult
nobody cares,no one cares,noone cares,no one asked,noone asked,get a life,go outside,touch grass	0.3	harassment
nobody would notice,no one would notice,nobody would care,no one would care,nobody will notice,nobody will care,your existence is,you are a mistake,youre a mistake,you were a mistake,log off forever,never come back	0.3	harassment
nobody would notice if you,no one would notice if you,nobody would care if you,no one would care if you,nobody will notice if you	0.6	harassment
irrelevant,insignificant,forgettable,unlovable,unwanted	0.05	insult	t=0.55
mistake,accident	0.0	insult	t=0.3 noun
accidents happen to people like you,accidents happen to people who,accidents can happen to you,accidents happen to you,it would be a shame if something happened to you,shame if something happened to you	0.75	threat	neg
# beatings named by a noun: "te voy a reventar a golpes", "vou te encher de porrada", "ich polier dir die Fresse"
=violent	reventarte;apalear;tabasser
=harm	polier;poliere
te voy a reventar,reventarte a golpes,te encher de porrada,encher de porrada,te encher de pancada,te mettre une raclee,je vais te mettre une raclee,eine tracht prugel	0.75	threat	neg ctx
a golpes,a palos,de porrada,une raclee,tracht prugel	0.3	threat
# a dare that makes the next words a menace: "one more word and you're dead"
one more word and,one more time and,say that again and,say it again and,try me and,do that again and,keep talking and,otra palabra y,encore un mot et,noch ein wort und,mais uma palavra e	0.4	threat
# not a threat: an offer, a book
morir de risa,morir de la risa,mourir de rire,morrer de rir,find you a,find you an,find you some,find you the,find you one,ist dick,ist zu dick,war dick	0.0	exempt
"""#
}
