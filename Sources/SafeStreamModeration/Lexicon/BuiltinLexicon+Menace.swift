extension BuiltinLexicon {
    /// Families of the menace domain (same line format as `core`): threats,
    /// doxxing and stalking, harassment, sexual harassment and group hate,
    /// written as kinds (every person, tense and spelling we could think of),
    /// with the rules of Scoring/MenaceRules reading the `m…` classes below.
    static let menaceFamilies = #"""
# ---------------------------------------------------------------- round 5 (menace): classes for Scoring/MenaceRules
# `…-spelling` lines set no class: their words are only put in the vocabulary; the rules read them
# by spelling (MenaceRules `menaceSets`), so common words like "and", "up", "chat" do not wake the rules.
=mdoxv	post;posting;posted;drop;dropping;leak;leaking;leaked;publish;publishing;expose;exposing;dox;doxx;doxing;doxxing;share;sharing;spread;spreading;tweet;tweeting
=minfo-spelling	address;addresses;ip;workplace;location;phone;employer;dox;whereabouts;adresse;direccion;endereco;adresse;anschrift
=mruinv	ruin;ruining;destroy;destroying;wreck;wrecking;end;ending;make;making
=mlife-spelling	life;career;channel;reputation;rep;livelihood;marriage
=mhell-spelling	hell;miserable;misery;nightmare;torture
=mbegone	quit;delete;uninstall;leave;disappear;vanish;give
=mvenue-spelling	streaming;twitch;youtube;internet;channel;account;server;chat;existence;gaming;discord;platform;socials;community
=msoft-spelling	go;already;and;seriously;honestly;literally;maybe;kindly;then;now;mate
=msafe	safe
=mpity	shame;pity
=mhappen-spelling	happened;happen;happens;missing;hurt;accident;burned;burnt;disappeared;vanished;disappear
=mcontrol	control;controls;controlling;own;owns;runs
=minstitution-spelling	media;banks;bank;twitch;hollywood;government;governments;world;news;everything;internet;youtube;money;finance;politics;industry;gaming;congress
=mallow	allowed;belong;banned;kicked;locked;removed;welcome
=mcountry	china;africa;mexico;india;pakistan;syria;somalia;iran;iraq;afghanistan;nigeria;haiti;jamaica;asia;arabia;israel;poland;romania;albania;zoo;trees;africa;wakanda;jungla;africa;marruecos;afrika;turkei;mexique;afrique;chine
=mwonder	wonder
=munder	under;underneath;beneath
=mcover-spelling	hoodie;sweater;jumper;jacket;towel;blanket;robe;skirt;dress;shirt;top
=mundies	panties;underwear;bra;thong;thongs;knickers;lingerie;undies;panty
=mup-spelling	up;off;out
=kin	gf;bf;ex;grandma;grandpa;wifey
# words the rules compare by spelling (a class name nothing defines only puts them in the vocabulary)
=mword	anymore;now;tonight;here;anywhere;if;when;unless;to;back;send;get;fly;swim;move;forever;strap;straps;line;whats;what;pics;pic;peek;give;make;making;allowed;belong;place;welcome;leave;disappear;vanish;expose;exposing;leak;leaking;leaked;dox;doxx;doxing;doxxing;today;rn;look;looks
=group	dykes;fags;faggots;niggers;kikes;spics;chinks;beaners;wetbacks;gooks;towelheads;ragheads;trannys;homos
=dehum	groomers;groomer;predators;perverts;pervs;dumber;stupider;lazier;invaders;barbarians;primitive;uncivilized;leeches;thugs;pedophile;pedo
=grave	ditches;hospitals;river;dumpster
# ---------------------------------------------------------------- veiled threats (with a harm word nearby they stack)
count your days,count ur days,your days are numbered,ur days are numbered,your days r numbered,your days is numbered,your time is running out,ur time is running out,numbered days	0.75	threat	neg
enjoy your last stream,enjoy ur last stream,enjoy your last day alive,enjoy your last days,enjoy your last breath,enjoy your last breaths,enjoy your last moments,enjoy your final stream,your last stream ever,last stream youll ever do,this will be your last stream,last time youll ever stream	0.75	threat	neg
enjoy the next few days,enjoy it while it lasts,enjoy your freedom while it lasts,while you still can,while you still have legs,watch yourself	0.3	threat
you wont see me coming,you will not see me coming,youll never see me coming,you will never see me coming,u wont see me coming,you wont even see me coming,wont know what hit you,you wont know what hit you	0.6	threat	ctx
nowhere is safe for you,no place is safe for you,you will never be safe,youll never be safe,you wont be safe,you will not be safe,you are never safe	0.7	threat	neg ctx
id hate for something to happen to,hate for something to happen to,hate for anything to happen to,hate if something happened to,something bad might happen to,something might happen to your,something could happen to your,something bad will happen to,something bad is going to happen to	0.75	threat	neg
people like you end up,people like you get hurt,people like you go missing,people like you disappear,people like you dont last,people like you get what they deserve,people like you get dealt with,guys like you end up,kids like you end up,girls like you end up	0.45	threat
end up in ditches,end up in a ditch,end up in the river,end up in a dumpster,end up dead,turn up dead,found dead,found in a ditch,wash up on,missing persons poster	0.45	threat
dont bother running,don t bother running,dont bother hiding,no point running,no point in running,no point hiding,no use running,you can run but you cant hide,run while you can,better start running,you better run,you better hide,better hide now	0.6	threat	ctx
see you after school,meet me after school,see you outside,meet me outside,see you in the parking lot,meet me in the parking lot	0.3	threat
make sure you cant,make sure you never,make sure you wont,make sure you dont,make sure nobody ever,make sure you regret	0.45	threat	neg
youll regret saying that,you will regret saying that,youll regret that,you will regret that,youll regret ever,you will regret ever,youll regret the day,you will regret the day,youre gonna regret saying,youre going to regret saying,youre gonna regret that,youre going to regret that,you re gonna regret that,regret crossing me,regret messing with me,regret talking to me,regret banning me,regret opening your mouth,regret you ever,regret the day you	0.75	threat	neg
youre going to wish you never,youre gonna wish you never,youll wish you never,you will wish you never,youll wish you were dead,you will wish you were dead,youll wish you were never born,youre gonna wish you were dead,youre going to wish you were dead,wish you were never born,gonna wish you hadnt,going to wish you hadnt,youll wish you hadnt,youll be sorry,you will be sorry,youre gonna be sorry,youre going to be sorry	0.7	threat	neg
friends in your city,friends in your area,friends in your town,people in your city,people in your area,people in your town	0.45	threat
pay you a visit,pay you a little visit,pay you a lil visit,pay your house a visit,pay a visit to your house,pay your family a visit,visit your house,visit your family	0.45	threat	neg
with a baseball bat,with a bat,with a crowbar,with a hammer,with a machete,with a tire iron,with a brick,with a lead pipe,with a pipe	0.25	threat	ctx
# dares that make what follows a menace (alone they are mild)
ban me and,ban me again and,unban me or,one more ban and,if you ban me,time me out and,timeout me and,block me and,keep ignoring me and,ignore me again and,delete my comment and,mute me and	0.3	threat
# ---------------------------------------------------------------- violence with a subject or a method
beat you until,beat you till,beat you til,beat u until,beat you so hard,beat you unconscious,beat you to a pulp,beat the life out of you,beat your face in,beat your head in,kick your head in,kick your teeth in,knock your teeth out,knock your teeth in,bash your head in,cave your head in,until you cant stand,till you cant stand,until you cant walk,till you cant walk,until you cant breathe,till you cant breathe,until you stop breathing,until you stop moving	0.75	threat	neg
shoot up your,shoot up ur,shoot up the school,shoot up a school,shoot up the meetup,shoot up the convention,shoot up your school,shoot up your stream,shoot up the place,shoot up your house,shoot the place up,shoot up your little	0.85	threat	neg ctx
blow up your house,blow up your car,blow up ur house,bomb your house,bomb your school,firebomb your,torch your house,torch your car,burn your house down,burn down your house,burn ur house down,set fire to your house,set your house on fire,slash your tires,slash ur tires,key your car	0.8	threat	neg ctx
# ---------------------------------------------------------------- doxxing, swatting, stalking
swat team,swat teams,send a swat,send the swat,call the swat,get you swatted,getting you swatted,gonna swat you,swatting you,hostage at your,hostage situation at your,bomb threat at your,call about a hostage,cops on you,call the cops on you	0.6	threat	neg ctx
at your door,at your doorstep,on your doorstep,outside your door,outside your window	0.3	threat
the whole internet gets,whole internet will know,everyone will know where you live,gets your address,will have your address,gets your ip,the internet will know your	0.45	threat
your full name,your real name,your home address	0.2	threat
got your dads number,got your moms number,have your dads number,have your moms number,got ur dads number,got ur moms number,got your moms address,got your dads address,your moms workplace,your dads workplace	0.5	threat
got your number,i have your number,youll see,you will see	0.3	threat
following your car,followed your car,been following your car,following you home,followed you home,follow you home,follow u home,watching you sleep,watch you sleep	0.6	threat	neg
outside your building,outside your work,outside your job,outside your school,in front of your house,parked outside your,waiting outside your,waiting for you outside	0.45	threat	neg
at your school,at your work,at your job	0.2	threat
at your school gate,at the school gate	0.3	threat
what street you,which street you,what street youre on,what street ur on,what street you live,what town you live,what car you drive,which car is yours,your car looks,nice blue car,nice red car,nice car btw,same route every day,your route home,your daily route,know your schedule,know your routine,figured out where you,found out where you,figured out what street,figured out your address,tracked down your,tracked you down,track you down,the window behind you,your window behind you	0.45	threat	neg
# ---------------------------------------------------------------- harassment: go away, you don't matter, your looks, misery
delete yourself,uninstall yourself,delete urself,uninstall life,uninstall your life,delete your existence,delete ur existence	0.85	harassment	neg
never speak again,never talk again,never stream again,never post again,never show your face again,never show ur face again,never open your mouth again,never type again,never speak to anyone again	0.45	harassment	neg
youre embarrassing yourself,you re embarrassing yourself,ur embarrassing yourself,your embarrassing yourself,stop embarrassing yourself	0.45	harassment	neg
youre not wanted,you are not wanted,your not wanted,ur not wanted,not wanted here,youre not welcome,you are not welcome,your not welcome,ur not welcome,not welcome here,nobody wants you here,no one wants you here,get out of here loser	0.6	harassment	neg
better off without you,better off without u	0.75	harassment	neg
internet would be better off,world would be better off,chat would be better off,everyone would be better off	0.3	harassment	neg
youll never amount to anything,you will never amount to anything,youll never amount,you will never amount,you wont amount to anything,you will not amount to anything,youre never going to amount,youre never gonna amount,your never gonna amount,you re never gonna amount,you never amount to anything,never amount to anything	0.75	harassment
nothing you do matters,nothing you say matters,nothing you make matters,nothing you do will ever matter,you dont matter,you do not matter,you will never matter,you never mattered,you dont matter to anyone	0.7	harassment
# "what's the point of you" is InsultRules' (only at the end of its clause: not "… of you doing that")
point of your existence,why do you even exist,why do you exist,why are you even alive,why are you still alive,why do you still exist	0.7	harassment	neg
why are you still here,why are you even here,why r u still here,every chat you join,you ruin every,you make everything worse,you ruin everything,gets worse when you	0.3	harassment
enough disappointments,disappointment to your family,disappointment to your parents,disappointment to everyone,such a disappointment to,stop adding to it,a waste of everyones time	0.45	harassment
cry yourself to sleep,cry urself to sleep,cry yourself to death,cry yourself to sleep tonight	0.6	harassment	neg
# self-harm said as an idiom
take a long walk off a short pier,long walk off a short pier,walk off a short pier,take a long walk off a short bridge,long walk off a short bridge,take a walk off a cliff,walk off a cliff,go play on the highway,play on the highway,go play in the traffic,walk into traffic,step into traffic,go step into traffic,lie down on the tracks,go lie on the tracks	0.85	harassment	neg
go get hit by a bus,go get hit by a car,go get hit by a truck,go get hit by a train,get hit by a bus already,get hit by a truck already,get hit by a train already,get hit by a car already,just get hit by a bus,go get run over,get run over already,just get run over	0.85	harassment	neg
rope time,its rope time,time for the rope,grab a rope,buy a rope,get a rope,find a rope,go find a rope,ropes are cheap,rope is cheap,the rope is calling,go unalive,unalive urself,unalive yourself already	0.75	harassment	neg ctx
shouldve been aborted,should have been aborted,should of been aborted,shoulda been aborted,should ve been aborted,mom shouldve swallowed,mom should have swallowed,dad shouldve pulled out,dad should have pulled out,mom shoulda swallowed	0.8	harassment	neg
do everyone a favor and leave,do us all a favor and leave,do everyone a favor and disappear,do the world a favor and disappear,do us a favor and quit,do everyone a favor and quit,do the world a favour and leave	0.75	harassment	neg
# looks
fix your face,fix ur face,bag over your head,bag over ur head,paper bag over your head,face for radio,face only a mother could love,hit with the ugly stick,beaten with the ugly stick,ugly stick,hurts to look at you,painful to look at you,hard to look at you,cant stand looking at you,nobody wants to see your face,no one wants to see your face	0.6	harassment	neg
your face looks like,your face look like,your body looks like,your teeth look like,your nose looks like	0.45	harassment
your teeth are so,your voice sounds like	0.3	harassment
melted candle,makes my ears bleed,make my ears bleed,turn the cam off,turn your cam off,turn off your cam,turn off the cam,so crooked	0.3	harassment
# the mob: sending chat after someone
lets all report,lets all spam,lets all raid,lets all follow her,lets all follow him,lets all go to her,lets all go to his,everyone report her,everyone report him,mass report her,mass report him,spam her dms,spam his dms,spam their dms,flood her dms,flood his dms,raid her socials,raid his socials,follow her to her,follow him to his,remind her shes,remind him hes,remind her she is,remind him he is,spam l,spam ls	0.45	harassment
here to laugh at you,only here to laugh at you,watching to laugh at you,watch to laugh at you,watch you to laugh at you,laughing at you not with you,laugh at you not with you,everyone is laughing at you,everyone s laughing at you,the whole chat is laughing at you	0.75	harassment	neg
# ---------------------------------------------------------------- sexual harassment
send me pics,send me a pic,send me some pics,send me more pics,dm me pics,dm me a pic,send pics of you,pics of yourself,i know you want to,you know you want to	0.3	sexual
onlyfans,only fans	0.3	sexual	t=0.45
whats your onlyfans,whats ur onlyfans,link your onlyfans,link ur onlyfans,drop your onlyfans,drop the onlyfans,do you have an onlyfans,do you have onlyfans,you have an onlyfans,you have onlyfans,start an onlyfans,make an onlyfans,get an onlyfans,open an onlyfans	0.75	sexual	neg
how much for a private,private show for me,private cam show,how much for pics,how much for feet,feet pics,feet pic,how much for a night,how much for an hour,how much for your nudes,how much for nudes	0.6	sexual	neg
private show,private shows	0.3	sexual
moan for me,bet you moan,bet u moan,make you moan,hear you moan,moan my name,moan louder,wanna hear you moan,i want to hear you moan,you moaning for me	0.75	sexual	neg
open your mouth for me,open ur mouth for me,open wide for me,spread them for me,spread for me,kneel for me,get on your knees,get on ur knees,touch yourself,touch urself,play with yourself,finger yourself,sit on my lap,sit on my face,choke you in bed,choke you during	0.75	sexual	neg
gagged and tied,tied up and gagged,gagged and bound,tie you up,tie u up,tied you up,handcuff you to,handcuffed to my bed,chained to my bed,look better gagged,look good gagged,ball gag,gag you	0.75	sexual	neg ctx
zoom the cam lower,cam lower,camera lower,lower the cam,lower the camera,tilt the cam down,tilt the camera down,point the cam lower,move the cam lower,zoom in on your chest,zoom in on your ass,zoom in on your boobs,zoom in on your tits,show more skin,show some skin,a bit lower for us,angle the cam down	0.55	sexual	neg
as easy as you look,easy as you look,you look easy,bet youre easy,bet your easy,bet ur easy,how easy are you,you look like a slut,dressed like a slut	0.75	sexual	neg
destroy that ass,wreck that ass,smash that ass,pound that ass,eat that ass,tap that ass,id tap that,i would tap that,would tap that,wanna tap that,id destroy her,id wreck her,id smash her,i would smash her,would smash her,id smash you,i would smash you,id rail you,rail you,breed you,id breed you,bend you over	0.75	sexual	neg ctx
# not a threat: meeting up in a game, a mob behind you; kindness; things that get aborted
matters more than,matter more than,matters more to,matter more to,it should have,it shouldve,that should have,that shouldve,this should have,this shouldve,mission should,launch should,project should,match should,round should,game should,run should,plan should,raid should,attempt should,operation should	0.0	exempt
find you in the lobby,find you in lobby,find you in game,find you in the game,find you in queue,find you in the server,find you on the map,find you in discord,find you on discord,find you in chat,find you in the chat,find you in vc,find you in voice	0.0	exempt
=gamectx	creeper;creepers;zombie;zombies;skeleton;skeletons;enderman;mobs;camper;campers
# ---------------------------------------------------------------- group hate without a slur
go back where they came from,go back to where they came from,back where they came from,back to where they came from,send them back where they came from,send them all back,go back where you came from,back where you came from,should go back to their country,go back to your own country,back to your own country,go back to your shithole,shithole country,shithole countries	0.75	harassment	ctx
go make me a sandwich,make me a sandwich woman,get back in the kitchen woman,women belong in the kitchen,women are property,women are objects	0.75	harassment
"""#
}
