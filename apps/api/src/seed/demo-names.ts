/**
 * Name pools for demo clients and their networks, roughly in the proportions of the areas the
 * demo agencies serve, with the accents real records carry (search must forgive them).
 */
export interface Heritage {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
  /** Languages other than English someone of this background may speak at home, with weights. */
  languages: Readonly<Record<string, number>>;
}

export const HERITAGES = {
  hispanic: {
    female: ['María', 'Guadalupe', 'Rosa', 'Ana', 'Sofía', 'Valeria', 'Camila', 'Ximena', 'Lucía', 'Carmen', 'Yesenia', 'Maricela', 'Alejandra', 'Brenda', 'Daniela', 'Esperanza', 'Gabriela', 'Isabel', 'Josefina', 'Leticia', 'Marisol', 'Natalia', 'Paola', 'Rocío', 'Silvia', 'Teresa', 'Verónica', 'Yolanda', 'Adriana', 'Beatriz'],
    male: ['José', 'Juan', 'Luis', 'Carlos', 'Jesús', 'Miguel', 'Alejandro', 'Francisco', 'Javier', 'Ángel', 'Diego', 'Eduardo', 'Fernando', 'Héctor', 'Jorge', 'Manuel', 'Mateo', 'Óscar', 'Pedro', 'Rafael', 'Ricardo', 'Santiago', 'Sergio', 'Víctor', 'Emiliano', 'Joaquín', 'Raúl', 'Ramón', 'Andrés', 'Gerardo'],
    last: ['García', 'Hernández', 'López', 'Martínez', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Torres', 'Rivera', 'Gómez', 'Díaz', 'Reyes', 'Morales', 'Cruz', 'Ortiz', 'Gutiérrez', 'Chávez', 'Ramos', 'Ruiz', 'Mendoza', 'Álvarez', 'Castillo', 'Jiménez', 'Vásquez', 'Romero', 'Herrera', 'Medina', 'Aguilar', 'Vargas', 'Castro', 'Guzmán', 'Salazar', 'Navarro', 'Delgado', 'Cervantes', 'Zúñiga', 'Ibarra'],
    languages: { Spanish: 1 },
  },
  anglo: {
    female: ['Jennifer', 'Ashley', 'Jessica', 'Amanda', 'Sarah', 'Emily', 'Megan', 'Hannah', 'Elizabeth', 'Linda', 'Patricia', 'Barbara', 'Susan', 'Karen', 'Nancy', 'Donna', 'Brittany', 'Kayla', 'Madison', 'Abigail', 'Olivia', 'Emma', 'Chloe', 'Dorothy', 'Shirley'],
    male: ['Michael', 'Christopher', 'Matthew', 'Joshua', 'David', 'James', 'Daniel', 'Robert', 'John', 'Joseph', 'Andrew', 'Ryan', 'Brandon', 'Tyler', 'Kevin', 'William', 'Richard', 'Thomas', 'Charles', 'Gary', 'Dennis', 'Cody', 'Dustin', 'Logan', 'Ethan'],
    last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen', 'Young', 'King', 'Wright', 'Scott', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Campbell', 'Roberts', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart', "O'Brien", 'McAllister'],
    languages: {},
  },
  black: {
    female: ['Aaliyah', 'Imani', 'Keisha', 'Tamika', 'Latoya', 'Jasmine', 'Destiny', 'Ebony', 'Monique', 'Shanice', 'Gloria', 'Bernice', 'Danielle', 'Kiara', 'Nia', 'Zora'],
    male: ['DeShawn', 'Marcus', 'Terrell', 'Jamal', 'Darnell', 'Andre', 'Malik', 'Tyrone', 'Jerome', 'Reginald', 'Kendrick', 'Isaiah', 'Elijah', 'Darius', 'Curtis', 'Cedric'],
    last: ['Washington', 'Jackson', 'Robinson', 'Harris', 'Coleman', 'Jenkins', 'Brooks', 'Bryant', 'Freeman', 'Hayes', 'Simmons', 'Banks', 'Dixon', 'Gaines', 'Mosley', 'Owens', 'Pittman', 'Tillman', 'Wallace', 'Whitaker'],
    languages: {},
  },
  vietnamese: {
    female: ['Linh', 'Mai', 'Thảo', 'Ngọc', 'Hương', 'Lan', 'Trang', 'Vy', 'Hạnh', 'Thu'],
    male: ['Minh', 'Huy', 'Tuấn', 'Khoa', 'Long', 'Phúc', 'Quang', 'Đức', 'Bảo', 'Thanh'],
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'],
    languages: { Vietnamese: 1 },
  },
  filipino: {
    female: ['Maricel', 'Jocelyn', 'Rowena', 'Analyn', 'Cristina', 'Liza', 'Rhea', 'Janine'],
    male: ['Rodel', 'Jomar', 'Ramil', 'Arnel', 'Noel', 'Bienvenido', 'Ronaldo', 'Jerome'],
    last: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Castillo', 'Manalo', 'Pangilinan'],
    languages: { Tagalog: 1 },
  },
  korean: {
    female: ['Ji-woo', 'Seo-yeon', 'Min-ji', 'Hye-jin', 'Soo-ah', 'Eun-ji'],
    male: ['Min-jun', 'Jae-hyun', 'Sung-ho', 'Dong-hyun', 'Ji-hoon', 'Hyun-woo'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han'],
    languages: { Korean: 1 },
  },
  chinese: {
    female: ['Mei', 'Xiu Ying', 'Li Na', 'Jing', 'Yan', 'Hui Min'],
    male: ['Wei', 'Jun', 'Hao', 'Zhi Hao', 'Ming', 'Jian'],
    last: ['Wang', 'Chen', 'Zhang', 'Liu', 'Huang', 'Wong', 'Lam', 'Chan'],
    languages: { Mandarin: 2, Cantonese: 1 },
  },
  middleEastern: {
    female: ['Fatima', 'Layla', 'Mariam', 'Noor', 'Rania', 'Samira', 'Nadia', 'Hala'],
    male: ['Ahmed', 'Omar', 'Yousef', 'Karim', 'Sami', 'Faris', 'Ibrahim', 'Hassan'],
    last: ['Haddad', 'Kassab', 'Yousif', 'Shamoun', 'Jaber', 'Khalil', 'Mansour', 'Hanna', 'Toma', 'Aziz'],
    languages: { Arabic: 3, 'Neo-Aramaic (Chaldean)': 1 },
  },
  native: {
    female: ['Winona', 'Tallulah', 'Dyani', 'Aiyana', 'Shawnee', 'Nova'],
    male: ['Dakota', 'Ahanu', 'Elan', 'Kele', 'Tokala', 'Hunter'],
    last: ['Begay', 'Yazzie', 'Tsosie', 'Manuelito', 'Largo', 'Nez', 'Toya'],
    languages: {},
  },
} satisfies Record<string, Heritage>;

export type HeritageKey = keyof typeof HERITAGES;

/** Nicknames people go by; the rest of preferred names are simply other given names. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  Guadalupe: 'Lupe', Francisco: 'Pancho', José: 'Pepe', Alejandro: 'Alex', Josefina: 'Josie', Jesús: 'Chuy',
  Elizabeth: 'Liz', Robert: 'Bobby', William: 'Bill', Richard: 'Rick', Christopher: 'Chris', Matthew: 'Matt',
  Joshua: 'Josh', Michael: 'Mike', Patricia: 'Patty', Jennifer: 'Jen', Dorothy: 'Dot', Bienvenido: 'Ben',
  Reginald: 'Reggie', Abigail: 'Abby', Daniela: 'Dani', Gabriela: 'Gaby', Ibrahim: 'Abe', Yousef: 'Joe',
};

export const NEUTRAL_NAMES = ['Alex', 'Jordan', 'Taylor', 'Riley', 'Sky', 'River', 'Rowan', 'Quinn', 'Sage', 'Ari'];
